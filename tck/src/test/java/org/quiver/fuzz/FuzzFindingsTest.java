package org.quiver.fuzz;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Inputs on which a fuzz run once failed, kept so that they stay fixed: each must end in a plan or
 * a Cypher error with a position ({@link FuzzTarget#compile} checks both), and run to rows or a
 * Cypher error.
 */
class FuzzFindingsTest {
    @ParameterizedTest
    @ValueSource(strings = {
        // Long run of 2026-11-26: the path variable named again inside its own pattern had no position.
        "MATCH p = ( ) - [ p * ] - > ( a21 ) RETURN p",
        "MATCH p = (a)-[p]->(b) RETURN p",
        "MATCH p = (p)-->(b) RETURN p",
        // Folding -(-2^63) threw Java's ArithmeticException.
        "RETURN - - 0x8000000000000000 AS literal",
    })
    void compilesToAPlanOrAPositionedError(String query) {
        assertDoesNotThrow(() -> FuzzTarget.compile(query));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "RETURN - - 0x8000000000000000 AS literal",
        // A time zone given as an integer was a ClassCastException inside a Spark task.
        "RETURN time.truncate('minute', time({hour: '-01:00', minute: 31, second: 14, nanosecond: 645876123,"
                + " timezone: 12}), {}) AS result",
        "RETURN time({hour: 1, timezone: 12}) AS result",
    })
    void runsToRowsOrACypherError(String query) {
        assertDoesNotThrow(() -> FuzzTarget.run(query));
    }
}
