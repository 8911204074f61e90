package org.quiver.graph;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.quiver.planner.types.CypherType;

/**
 * Nodes that all have exactly the labels {@code labels}: a DataFrame with the id column
 * {@value #ID} (long, unique in the graph) and one column per property, named by its key.
 * A null cell is an absent property.
 */
public record NodeTable(Set<String> labels, Map<String, CypherType> properties, Dataset<Row> data) {
    public static final String ID = ":id";

    public NodeTable {
        labels = Collections.unmodifiableSet(new TreeSet<>(labels));
        properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties));
        Objects.requireNonNull(data, "data");
        if (properties.containsKey(ID)) {
            throw new IllegalArgumentException("a property may not be named " + ID);
        }
    }
}
