package org.quiver.parser.ast;

import java.util.Objects;

/** {@code ON CREATE SET …} ({@code onCreate} true) or {@code ON MATCH SET …}. */
public record MergeAction(boolean onCreate, SetClause set, Span span) implements AstNode {
    public MergeAction {
        Objects.requireNonNull(set, "set");
    }
}
