package org.quiver.io;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.quiver.parser.error.DataError;
import org.quiver.planner.types.CypherType;

/**
 * The property keys of one table (a label combination or a relationship type) over all the files
 * that contribute rows to it. A key must have one type across those files: a table column has one
 * Spark type.
 */
final class PropertyUnion {
    private final String owner;
    private final Map<String, CypherType> types = new LinkedHashMap<>();
    private final Map<String, String> declaredIn = new HashMap<>();

    /** @param owner how messages name the table's elements, e.g. "nodes labelled :Person" */
    PropertyUnion(String owner) {
        this.owner = owner;
    }

    void add(CsvHeader header) {
        header.propertyTypes().forEach((key, type) -> {
            CypherType known = types.putIfAbsent(key, type);
            if (known == null) {
                declaredIn.put(key, header.source());
            } else if (!known.equals(type)) {
                throw new DataError(header.source(), header.line(), header.columnOf(key),
                        "property `" + key + "` is " + type.displayName() + " here but " + known.displayName()
                                + " in " + declaredIn.get(key) + "; a property of " + owner
                                + " must have one type in all their files");
            }
        });
    }

    Map<String, CypherType> types() {
        return types;
    }
}
