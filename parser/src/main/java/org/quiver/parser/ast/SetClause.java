package org.quiver.parser.ast;

import java.util.List;

/** {@code SET item, item, …}. */
public record SetClause(List<SetItem> items, Span span) implements Clause {
    public SetClause {
        items = List.copyOf(items);
        if (items.isEmpty()) {
            throw new IllegalArgumentException("SET has at least one item");
        }
    }
}
