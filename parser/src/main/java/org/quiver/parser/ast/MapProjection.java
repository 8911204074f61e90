package org.quiver.parser.ast;

import java.util.List;
import java.util.Objects;

/** {@code subject{.key, key: expression, variable, .*}}. */
public record MapProjection(Variable subject, List<Item> items, Span span) implements Expression {
    public MapProjection {
        Objects.requireNonNull(subject, "subject");
        items = List.copyOf(items);
    }

    /** One selector of a map projection. */
    public sealed interface Item extends AstNode {
    }

    /** {@code .key}. */
    public record PropertySelector(String key, Span span) implements Item {
        public PropertySelector {
            Objects.requireNonNull(key, "key");
        }
    }

    /** {@code .*}. */
    public record AllProperties(Span span) implements Item {
    }

    /** {@code variable}: the entry {@code variable: variable}. */
    public record VariableSelector(Variable variable, Span span) implements Item {
        public VariableSelector {
            Objects.requireNonNull(variable, "variable");
        }
    }

    /** {@code key: expression}. */
    public record LiteralEntry(String key, Expression value, Span span) implements Item {
        public LiteralEntry {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(value, "value");
        }
    }
}
