package org.quiver.planner.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.quiver.planner.Planning;
import org.quiver.planner.logical.LogicalOp;

/** One plan tree, three renderings that carry the same operators, parameters and estimates. */
class PlanTreeTest {
    private static PlanTree tree() {
        LogicalOp plan = Planning.planned("MATCH (a:Person)-[:KNOWS]->(b:Person) WHERE a.name = \"Ann\" RETURN b.name")
                .optimized().get(0).plan();
        return PlanTree.of(plan, op -> OptionalDouble.of(42));
    }

    @Test
    void textJsonAndDotHoldTheSameOperators() {
        PlanTree tree = tree();
        String text = tree.text();
        String json = tree.json();
        String dot = tree.dot("Part 1");
        for (String operator : new String[] {"Project", "Expand", "Filter", "NodeScan"}) {
            assertTrue(text.contains(operator), text);
            assertTrue(json.contains("\"operator\":\"" + operator + "\""), json);
            assertTrue(dot.contains("label=\"" + operator), dot);
        }
        assertTrue(text.contains("(a.name = 'Ann')") && text.contains("~42 rows"), text);
        assertTrue(json.contains("\"estimatedRows\":42"), json);
        assertTrue(dot.startsWith("digraph \"Part 1\" {") && dot.contains("n0 -> n1;"), dot);
        assertEquals(4, dot.lines().filter(l -> l.contains("[label=")).count(), dot);
    }
}
