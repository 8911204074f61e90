package org.quiver.tck.run;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;
import org.quiver.tck.gherkin.Feature;
import org.quiver.tck.gherkin.Scenario;

/**
 * Runs many scenarios on a fixed pool of threads sharing one engine (local Spark runs jobs of
 * different threads side by side, so a small pool keeps both cores busy while one thread plans).
 * Outcomes come back in feature and scenario order whatever order they finished in.
 */
public final class TckSuite {
    private TckSuite() {
    }

    public static <G> List<ScenarioOutcome> run(List<Feature> features, Predicate<String> includeFeature,
            ScenarioRunner<G> runner, int threads) {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "tck-scenario");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<ScenarioOutcome>> pending = new ArrayList<>();
            for (Feature feature : features) {
                if (!includeFeature.test(feature.path())) {
                    continue;
                }
                for (Scenario scenario : feature.scenarios()) {
                    pending.add(pool.submit(() -> runner.run(feature.path(), scenario)));
                }
            }
            List<ScenarioOutcome> outcomes = new ArrayList<>();
            for (Future<ScenarioOutcome> future : pending) {
                outcomes.add(future.get());
            }
            return outcomes;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running the TCK", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the runner itself failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
