package org.quiver.mapping;

import java.util.List;
import java.util.Objects;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.quiver.parser.ast.Span;
import org.quiver.parser.ddl.ast.Name;

/**
 * A table whose rows are nodes: each row has the {@code labels} and is identified by its
 * {@code key} columns. Names carry the place they were written (none for the Java builder), so
 * that mapping errors can point there.
 */
public record NodeTableMapping(Name name, Dataset<Row> data, List<Name> key, List<Name> labels,
        List<PropertySource> properties, Span span) {
    public NodeTableMapping {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(data, "data");
        key = List.copyOf(key);
        labels = List.copyOf(labels);
        properties = List.copyOf(properties);
        Objects.requireNonNull(span, "span");
    }
}
