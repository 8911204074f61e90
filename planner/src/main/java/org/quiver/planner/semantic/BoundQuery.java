package org.quiver.planner.semantic;

import java.util.List;

/**
 * A statement after analysis: its parts in order. A read-only query is one part whose columns
 * are the result; a statement that creates has a part per block of updating clauses.
 */
public record BoundQuery(List<Segment> segments) {
    public BoundQuery {
        segments = List.copyOf(segments);
        if (segments.isEmpty()) {
            throw new IllegalArgumentException("a statement has at least one part");
        }
    }

    /** The part that produces the result. */
    public Segment last() {
        return segments.get(segments.size() - 1);
    }

    /** The result columns; none when the statement ends with an update. */
    public List<String> columns() {
        return last().update().isPresent() ? List.of() : last().columns();
    }
}
