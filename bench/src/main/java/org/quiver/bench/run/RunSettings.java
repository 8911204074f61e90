package org.quiver.bench.run;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.quiver.bench.graph.TableLayout;

/**
 * The runner's settings, from the command line (see {@link BenchMain}).
 *
 * @param persons   the network sizes, smallest first
 * @param layouts   the table layouts to run every size over, the first also giving the scale series
 * @param only      the query names to run; empty for all
 * @param limitSeconds a run longer than this is cancelled and the query reported as timed out
 * @param minSeconds    timed runs continue past {@code runs} while a side's add up to less than this
 * @param budgetSeconds after this long on one query, no further timed runs start (at least one runs)
 */
record RunSettings(List<Integer> persons, long seed, int warmups, int runs, double minSeconds, long limitSeconds, long budgetSeconds, Path graphs,
        Path reportDir, Set<String> only, String master, List<TableLayout> layouts) {
}
