package org.quiver.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quiver.api.CypherResult;
import org.quiver.api.PropertyGraph;
import org.quiver.api.QuiverSession;
import org.quiver.parser.QueryParser;
import org.quiver.parser.error.SyntaxError;
import org.quiver.planner.PlannedQuery;
import org.quiver.planner.PlannerOptions;
import org.quiver.planner.QueryPlanner;
import org.quiver.planner.relational.RelOp;
import org.quiver.testing.TestSpark;

/**
 * SKIP and LIMIT counts from parameters are read when the query runs: one plan serves every value,
 * and a bad value fails the run, not the planning.
 */
class RowCountsTest {
    private static final String QUERY = "UNWIND range(1, 5) AS x RETURN x ORDER BY x SKIP $skip LIMIT $limit";

    @Test
    void onePlanRunsWithDifferentCountsAndChecksEachWhenItRuns() {
        QuiverSession quiver = TestSpark.quiver();
        PropertyGraph graph = quiver.emptyGraph();
        PlannedQuery planned = QueryPlanner.plan(QUERY, QueryParser.parse(QUERY), graph.schema(),
                Map.of("skip", 1L, "limit", 2L), PlannerOptions.DEFAULTS);
        RelOp relational = QueryPlanner.lower(planned.optimized().get(0), graph.schema());

        assertEquals(List.of(2L, 3L), run(quiver, graph, relational, Map.of("skip", 1L, "limit", 2L)));
        assertEquals(List.of(4L, 5L), run(quiver, graph, relational, Map.of("skip", 3L, "limit", 10L)));
        SyntaxError negative = assertThrows(SyntaxError.class,
                () -> run(quiver, graph, relational, Map.of("skip", 0L, "limit", -1L)));
        assertEquals("NegativeIntegerArgument", negative.detail().orElseThrow());
        SyntaxError fraction = assertThrows(SyntaxError.class,
                () -> run(quiver, graph, relational, Map.of("skip", 1.5, "limit", 1L)));
        assertEquals("InvalidArgumentType", fraction.detail().orElseThrow());
    }

    @Test
    void aBadParameterFailsWhenTheRowsAreReadAndALiteralWhenTheQueryIsPlanned() {
        QuiverSession quiver = TestSpark.quiver();
        CypherResult result = quiver.cypher(QUERY, Map.of("skip", -2L, "limit", 1L));
        SyntaxError atRun = assertThrows(SyntaxError.class, result::rows);
        assertEquals("NegativeIntegerArgument", atRun.detail().orElseThrow());

        SyntaxError atPlan = assertThrows(SyntaxError.class,
                () -> quiver.cypher("UNWIND range(1, 5) AS x RETURN x SKIP -2"));
        assertEquals("NegativeIntegerArgument", atPlan.detail().orElseThrow());
    }

    @Test
    void aCountMayCallFunctionsOfNoVariable() {
        QuiverSession quiver = TestSpark.quiver();
        List<List<Object>> rows = quiver.cypher("UNWIND range(1, 10) AS x WITH x LIMIT toInteger(rand() * 10) + 1 "
                + "RETURN count(*) >= 1 AND count(*) <= 10 AS sane").rows();
        assertEquals(List.of(List.of(true)), rows);
    }

    private static List<Object> run(QuiverSession quiver, PropertyGraph graph, RelOp relational,
            Map<String, ?> parameters) {
        return new RelationalCompiler(quiver.spark(), graph, List.of(), parameters).compile(relational)
                .collectAsList().stream().map(r -> (Object) r.getLong(0)).toList();
    }
}
