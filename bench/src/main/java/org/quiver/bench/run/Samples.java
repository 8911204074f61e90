package org.quiver.bench.run;

import java.util.ArrayList;
import java.util.List;

/**
 * The timed runs of one side of one query, in milliseconds: planning (Quiver's parse, analysis
 * and logical optimization; zero for a baseline), preparing (everything up to a DataFrame: for
 * Quiver the whole {@code cypher()} call, for a baseline building its plan) and executing.
 */
public final class Samples {
    private final List<Double> plan = new ArrayList<>();
    private final List<Double> prepare = new ArrayList<>();
    private final List<Double> execute = new ArrayList<>();

    void add(double planMs, double prepareMs, double executeMs) {
        plan.add(planMs);
        prepare.add(prepareMs);
        execute.add(executeMs);
    }

    /** The sum of prepare + execute over the runs. */
    double totalMs() {
        double total = 0;
        for (int i = 0; i < execute.size(); i++) {
            total += prepare.get(i) + execute.get(i);
        }
        return total;
    }

    public int size() {
        return execute.size();
    }

    public double medianPlan() {
        return median(plan);
    }

    public double medianPrepare() {
        return median(prepare);
    }

    public double medianExecute() {
        return median(execute);
    }

    /** The median of prepare + execute over the runs: what a caller waits for. */
    public double medianTotal() {
        List<Double> totals = new ArrayList<>();
        for (int i = 0; i < execute.size(); i++) {
            totals.add(prepare.get(i) + execute.get(i));
        }
        return median(totals);
    }

    static double median(List<Double> values) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = values.stream().sorted().toList();
        int mid = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(mid) : (sorted.get(mid - 1) + sorted.get(mid)) / 2;
    }
}
