package org.quiver.parser.ast;

import java.util.List;
import java.util.Objects;

/**
 * {@code [namespace.]name([DISTINCT] args)}; {@code namespace} is empty for plain functions and
 * {@code "date"} for {@code date.truncate(…)}. Names keep the case they were written in.
 */
public record FunctionCall(String namespace, String name, boolean distinct, List<Expression> arguments, Span span)
        implements Expression {
    public FunctionCall {
        Objects.requireNonNull(namespace, "namespace");
        Objects.requireNonNull(name, "name");
        arguments = List.copyOf(arguments);
    }

    /** The name with its namespace, as written: {@code date.truncate}. */
    public String qualifiedName() {
        return namespace.isEmpty() ? name : namespace + "." + name;
    }
}
