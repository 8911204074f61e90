package org.quiver.parser.ddl.ast;

import java.util.Objects;
import org.quiver.parser.ast.Span;

/** One property: its name and where its value comes from ({@code column}, {@code column AS name}, {@code expr AS name}). */
public record PropertyDefinition(Name name, PropertyValue value) {
    public PropertyDefinition {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
    }

    /** The value of a property: one column of the table, or a Spark SQL expression over its columns. */
    public sealed interface PropertyValue {
        Span span();
    }

    public record ColumnValue(Name column) implements PropertyValue {
        public ColumnValue {
            Objects.requireNonNull(column, "column");
        }

        @Override
        public Span span() {
            return column.span();
        }
    }

    /** The expression's text exactly as written; Spark's parser reads it, nothing splices it. */
    public record SqlExpression(String text, Span span) implements PropertyValue {
        public SqlExpression {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(span, "span");
        }
    }
}
