package org.quiver.planner.stats;

/**
 * Sums over the nodes of a graph of products of their degrees in the relationships of one type:
 * how skewed the degrees are. A node reached over a relationship is likelier to be one with many
 * (the friend of a random person has more friends than a random person), so an expand from it
 * meets {@code sum(in * out) / relationships} relationships on average rather than the plain mean.
 * {@code selfLoops}: the relationships of the type from a node to itself, -1 when not known.
 */
public record DegreeMoments(long relationships, double sumOutSquared, double sumInSquared, double sumInOut,
        long selfLoops) {
    public DegreeMoments {
        if (relationships < 0 || sumOutSquared < 0 || sumInSquared < 0 || sumInOut < 0) {
            throw new IllegalArgumentException("negative degree moments");
        }
    }

    /** Without a count of self-loops. */
    public DegreeMoments(long relationships, double sumOutSquared, double sumInSquared, double sumInOut) {
        this(relationships, sumOutSquared, sumInSquared, sumInOut, -1);
    }

    /**
     * The mean number of relationships, leaving ({@code outgoing}) or entering a node, of a node at the
     * end of a relationship picked at random: its source end when {@code atSource}, else its target end.
     */
    public double meanDegreeAtEnd(boolean atSource, boolean outgoing) {
        if (relationships == 0) {
            return 0;
        }
        double sum = atSource ? (outgoing ? sumOutSquared : sumInOut) : (outgoing ? sumInOut : sumInSquared);
        return sum / relationships;
    }
}
