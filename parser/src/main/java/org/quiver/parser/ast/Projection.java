package org.quiver.parser.ast;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The body shared by {@code WITH} and {@code RETURN}: {@code [DISTINCT] (* | items) [ORDER BY …]
 * [SKIP n] [LIMIT n]}. {@code star} is true for {@code RETURN *} and {@code RETURN *, x}.
 */
public record Projection(
        boolean distinct,
        boolean star,
        List<ProjectionItem> items,
        List<SortItem> orderBy,
        Optional<Expression> skip,
        Optional<Expression> limit,
        Span span) implements AstNode {
    public Projection {
        items = List.copyOf(items);
        orderBy = List.copyOf(orderBy);
        Objects.requireNonNull(skip, "skip");
        Objects.requireNonNull(limit, "limit");
        if (!star && items.isEmpty()) {
            throw new IllegalArgumentException("a projection has * or at least one item");
        }
    }
}
