package org.quiver.parser.ddl.ast;

import java.util.List;
import java.util.stream.Collectors;
import org.quiver.parser.ast.Span;

/** A dotted name such as {@code sales.people}: one part per name, outermost first. */
public record QualifiedName(List<Name> parts, Span span) {
    public QualifiedName {
        parts = List.copyOf(parts);
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("a qualified name has at least one part");
        }
    }

    /** The last part: a table's name without its database. */
    public Name last() {
        return parts.get(parts.size() - 1);
    }

    /** The parts joined by dots, as a user would write them when no part needs quoting. */
    public String text() {
        return parts.stream().map(Name::value).collect(Collectors.joining("."));
    }

    @Override
    public String toString() {
        return text();
    }
}
