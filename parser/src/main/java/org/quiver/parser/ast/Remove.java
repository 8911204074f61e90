package org.quiver.parser.ast;

import java.util.List;

/** {@code REMOVE item, item, …}. */
public record Remove(List<RemoveItem> items, Span span) implements Clause {
    public Remove {
        items = List.copyOf(items);
        if (items.isEmpty()) {
            throw new IllegalArgumentException("REMOVE has at least one item");
        }
    }
}
