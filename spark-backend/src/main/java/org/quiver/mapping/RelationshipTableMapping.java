package org.quiver.mapping;

import java.util.List;
import java.util.Objects;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.quiver.parser.ast.Span;
import org.quiver.parser.ddl.ast.Name;

/**
 * A table whose rows are relationships of one {@code type} from the node a {@code source} key
 * references to the node a {@code target} key references. An empty {@code key} identifies a row
 * by all its columns.
 */
public record RelationshipTableMapping(Name name, Dataset<Row> data, List<Name> key, Name type,
        EndpointMapping source, EndpointMapping target, List<PropertySource> properties, Span span) {
    public RelationshipTableMapping {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(data, "data");
        key = List.copyOf(key);
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        properties = List.copyOf(properties);
        Objects.requireNonNull(span, "span");
    }
}
