package org.quiver.bench.run;

import org.quiver.bench.query.BenchQuery;

/** One query at one scale: status (with the reason when not OK), result rows, and both sides' timings. */
public record QueryOutcome(BenchQuery query, Status status, String detail, long rows, Samples quiver,
        Samples baseline) {
    /** Quiver's median total over the baseline's, or NaN when either side was not timed. */
    public double ratio() {
        return quiver.size() == 0 || baseline.size() == 0 ? Double.NaN : quiver.medianTotal() / baseline.medianTotal();
    }
}
