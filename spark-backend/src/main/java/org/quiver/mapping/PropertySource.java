package org.quiver.mapping;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.quiver.parser.ast.Span;
import org.quiver.parser.ddl.ast.Name;

/** Where the value of a property {@code key} of a mapped table comes from. */
public sealed interface PropertySource {
    Name key();

    /** The column of the same name, or another column of the table. */
    record FromColumn(Name key, Name column) implements PropertySource {
        public FromColumn {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(column, "column");
        }
    }

    /** A Spark expression over the table's columns; {@code text} is how errors show it. */
    record FromExpression(Name key, Column expression, String text, Span span) implements PropertySource {
        public FromExpression {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(expression, "expression");
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(span, "span");
        }
    }

    /** One property per column of {@code data} not named in {@code except} (compared ignoring case). */
    static List<PropertySource> allColumns(Dataset<Row> data, List<String> except, Span span) {
        List<PropertySource> sources = new ArrayList<>();
        for (String column : data.columns()) {
            if (except.stream().noneMatch(column::equalsIgnoreCase)) {
                sources.add(new FromColumn(new Name(column, span), new Name(column, span)));
            }
        }
        return sources;
    }
}
