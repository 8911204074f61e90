package org.quiver.bench.query;

import java.util.ArrayList;
import java.util.List;

/** Every benchmark query, in report order: short reads, complex reads, whole-graph patterns. */
public final class QueryCatalog {
    private QueryCatalog() {
    }

    public static List<BenchQuery> all() {
        List<BenchQuery> queries = new ArrayList<>();
        queries.addAll(ShortReads.all());
        queries.addAll(ComplexReads.all());
        queries.addAll(GraphPatterns.all());
        return List.copyOf(queries);
    }
}
