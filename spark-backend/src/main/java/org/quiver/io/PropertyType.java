package org.quiver.io;

import java.util.Objects;
import org.quiver.planner.types.CypherType;

/** The declared type of a property column: a scalar type, or an array of one ({@code int[]}). */
record PropertyType(ScalarType element, boolean array) {
    static final PropertyType STRING = new PropertyType(ScalarType.STRING, false);

    PropertyType {
        Objects.requireNonNull(element, "element");
    }

    CypherType cypherType() {
        return array ? CypherType.listOf(element.cypherType()) : element.cypherType();
    }

    /** As written in a header: {@code int}, {@code string[]}. */
    String headerName() {
        return element.headerName() + (array ? "[]" : "");
    }
}
