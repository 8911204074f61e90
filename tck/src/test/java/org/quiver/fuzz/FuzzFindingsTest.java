package org.quiver.fuzz;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Inputs on which a fuzz run once failed, kept so that they stay fixed: each must end in a plan or
 * a Cypher error with a position ({@link FuzzTarget#compile} checks both).
 */
class FuzzFindingsTest {
    @ParameterizedTest
    @ValueSource(strings = {
        // Long run of 2026-11-26: the path variable named again inside its own pattern had no position.
        "MATCH p = ( ) - [ p * ] - > ( a21 ) RETURN p",
        "MATCH p = (a)-[p]->(b) RETURN p",
        "MATCH p = (p)-->(b) RETURN p",
    })
    void compilesToAPlanOrAPositionedError(String query) {
        assertDoesNotThrow(() -> FuzzTarget.compile(query));
    }
}
