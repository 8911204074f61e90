package org.quiver.planner;

import java.util.List;
import java.util.Objects;
import org.quiver.planner.semantic.Segment;
import org.quiver.planner.types.CypherType;

/**
 * A statement after analysis and optimization: its parts (each as analysis built it and as the
 * optimizer left it) and the result columns with their types. Parts are lowered to relational
 * plans one at a time, each over the graph the parts before it produced.
 */
public record PlannedQuery(List<Segment> segments, List<Segment> optimized, List<String> columns,
        List<CypherType> types) {
    public PlannedQuery {
        segments = List.copyOf(segments);
        optimized = List.copyOf(optimized);
        columns = List.copyOf(columns);
        types = List.copyOf(types);
        if (segments.size() != optimized.size()) {
            throw new IllegalArgumentException("one optimized plan per part");
        }
        Objects.requireNonNull(columns, "columns");
    }
}
