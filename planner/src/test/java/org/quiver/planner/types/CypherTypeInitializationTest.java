package org.quiver.planner.types;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.net.URL;
import java.net.URLClassLoader;
import org.junit.jupiter.api.Test;

/** The type constants are set whichever of CypherType and its Basic enum a program touches first. */
class CypherTypeInitializationTest {

    @Test
    void constantsAreSetWhenBasicIsInitializedFirst() throws Exception {
        URL classes = CypherType.class.getProtectionDomain().getCodeSource().getLocation();
        try (URLClassLoader fresh = new URLClassLoader(new URL[] {classes}, null)) {
            Class.forName("org.quiver.planner.types.CypherType$Basic", true, fresh);
            Class<?> type = Class.forName("org.quiver.planner.types.CypherType", true, fresh);
            for (String name : new String[] {"NODE", "INTEGER", "ANY", "DURATION"}) {
                assertNotNull(type.getField(name).get(null), name);
            }
        }
    }
}
