package org.quiver.bench.generate;

import java.util.SplittableRandom;

/** The random draws of the generator, all from one seeded stream so that a seed fixes the graph. */
final class Sampler {
    private final SplittableRandom random;

    Sampler(long seed) {
        this.random = new SplittableRandom(seed);
    }

    int uniform(int bound) {
        return random.nextInt(bound);
    }

    long between(long from, long to) {
        return from + random.nextLong(Math.max(1, to - from));
    }

    boolean chance(double p) {
        return random.nextDouble() < p;
    }

    /** A power-law count {@code >= min}: P(k) ~ k^-alpha, cut at {@code max}. */
    int powerLaw(int min, double alpha, int max) {
        double u = random.nextDouble();
        double k = min * Math.pow(1 - u, -1 / (alpha - 1));
        return (int) Math.min(max, Math.floor(k));
    }

    /** 0, 1, 2, … with mean {@code mean}. */
    int geometric(double mean) {
        double p = 1 / (1 + mean);
        int k = 0;
        while (random.nextDouble() > p) {
            k++;
        }
        return k;
    }

    /** An index in [0, n) where low indexes are much more likely (Zipf with exponent 1, by rejection-free inversion). */
    int skewed(int n) {
        double u = random.nextDouble();
        return (int) Math.min(n - 1, Math.floor(Math.expm1(u * Math.log1p(n))));
    }

    /** A person number near {@code center} (within the window), never {@code center} itself. */
    int near(int center, int window, int persons) {
        while (true) {
            int offset = random.nextInt(2 * window + 1) - window;
            int candidate = center + offset;
            if (offset != 0 && candidate >= 0 && candidate < persons) {
                return candidate;
            }
        }
    }
}
