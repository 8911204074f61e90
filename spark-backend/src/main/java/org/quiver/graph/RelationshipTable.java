package org.quiver.graph;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.quiver.planner.types.CypherType;

/**
 * Relationships of one type: a DataFrame with the columns {@value #ID} (long, unique among the
 * graph's relationships), {@value #SOURCE} and {@value #TARGET} (node ids), and one column per
 * property, named by its key.
 */
public record RelationshipTable(String type, Map<String, CypherType> properties, Dataset<Row> data) {
    public static final String ID = ":id";
    public static final String SOURCE = ":source";
    public static final String TARGET = ":target";

    public RelationshipTable {
        Objects.requireNonNull(type, "type");
        properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties));
        Objects.requireNonNull(data, "data");
        for (String reserved : Set.of(ID, SOURCE, TARGET)) {
            if (properties.containsKey(reserved)) {
                throw new IllegalArgumentException("a property may not be named " + reserved);
            }
        }
    }
}
