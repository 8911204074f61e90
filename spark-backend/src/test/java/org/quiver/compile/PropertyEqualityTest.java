package org.quiver.compile;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** MERGE matches property values with Cypher equality. */
class PropertyEqualityTest {
    @Test
    void numbersCompareByValueAcrossIntegerAndFloat() {
        assertTrue(PropertyEquality.equal(1L, 1.0));
        assertFalse(PropertyEquality.equal(1L, 2L));
        assertTrue(PropertyEquality.equal(List.of(1L, 2L), List.of(1.0, 2L)));
        assertFalse(PropertyEquality.equal(List.of(1L), List.of(1L, 2L)));
    }

    @Test
    void aDatetimeEqualsTheSameInstantInAnotherZone() {
        assertTrue(PropertyEquality.equal(ZonedDateTime.parse("2020-01-01T00:00Z"),
                ZonedDateTime.parse("2020-01-01T01:00+01:00")));
        assertFalse(PropertyEquality.equal(ZonedDateTime.parse("2020-01-01T00:00Z"),
                ZonedDateTime.parse("2020-01-01T00:00+01:00")));
    }

    @Test
    void nullEqualsNothing() {
        assertFalse(PropertyEquality.equal(null, null));
        assertFalse(PropertyEquality.equal("a", null));
        assertTrue(PropertyEquality.equal("a", "a"));
    }
}
