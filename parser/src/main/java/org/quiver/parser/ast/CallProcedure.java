package org.quiver.parser.ast;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code CALL ns.name(args) [YIELD * | YIELD field [AS v], … [WHERE predicate]]}. {@code arguments}
 * is empty for {@code CALL ns.name} without parentheses, whose arguments are taken from the
 * parameters of the same names. {@code yieldAll} is {@code YIELD *}.
 */
public record CallProcedure(
        String namespace,
        String name,
        Optional<List<Expression>> arguments,
        boolean yieldAll,
        List<YieldItem> yields,
        Optional<Expression> where,
        Span span) implements Clause {
    public CallProcedure {
        Objects.requireNonNull(namespace, "namespace");
        Objects.requireNonNull(name, "name");
        arguments = arguments.map(List::copyOf);
        yields = List.copyOf(yields);
        Objects.requireNonNull(where, "where");
        if (yieldAll && !yields.isEmpty()) {
            throw new IllegalArgumentException("YIELD * has no items");
        }
        if (where.isPresent() && yields.isEmpty()) {
            throw new IllegalArgumentException("WHERE follows YIELD items");
        }
    }

    /** The name with its namespace, as written: {@code db.labels}. */
    public String qualifiedName() {
        return namespace.isEmpty() ? name : namespace + "." + name;
    }
}
