package org.quiver.io;

import java.util.Locale;
import java.util.Optional;
import org.quiver.planner.types.CypherType;

/**
 * A neo4j-admin header value type. All integer widths load as Cypher INTEGER (64-bit) and both
 * floating types as FLOAT (64-bit): Cypher has one integer and one float type. The declared width
 * still bounds the values accepted, as neo4j-admin does.
 */
enum ScalarType {
    BYTE(CypherType.INTEGER, Byte.MIN_VALUE, Byte.MAX_VALUE),
    SHORT(CypherType.INTEGER, Short.MIN_VALUE, Short.MAX_VALUE),
    INT(CypherType.INTEGER, Integer.MIN_VALUE, Integer.MAX_VALUE),
    LONG(CypherType.INTEGER, Long.MIN_VALUE, Long.MAX_VALUE),
    FLOAT(CypherType.FLOAT, 0, 0),
    DOUBLE(CypherType.FLOAT, 0, 0),
    BOOLEAN(CypherType.BOOLEAN, 0, 0),
    STRING(CypherType.STRING, 0, 0);

    private final CypherType cypherType;
    private final long min;
    private final long max;

    ScalarType(CypherType cypherType, long min, long max) {
        this.cypherType = cypherType;
        this.min = min;
        this.max = max;
    }

    /** The type written {@code name} in a header, in any case. */
    static Optional<ScalarType> named(String name) {
        for (ScalarType type : values()) {
            if (type.headerName().equals(name.toLowerCase(Locale.ROOT))) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    String headerName() {
        return name().toLowerCase(Locale.ROOT);
    }

    CypherType cypherType() {
        return cypherType;
    }

    boolean isInteger() {
        return cypherType == CypherType.INTEGER;
    }

    boolean inRange(long value) {
        return value >= min && value <= max;
    }
}
