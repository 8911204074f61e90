package org.quiver.parser.ast;

import java.util.List;
import java.util.Objects;

/** {@code MERGE patternPart (ON CREATE SET … | ON MATCH SET …)*}. */
public record Merge(PatternPart pattern, List<MergeAction> actions, Span span) implements Clause {
    public Merge {
        Objects.requireNonNull(pattern, "pattern");
        actions = List.copyOf(actions);
    }
}
