package org.quiver.planner.semantic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.quiver.parser.QueryParser;
import org.quiver.parser.ast.Query;
import org.quiver.parser.error.SyntaxError;
import org.quiver.parser.error.UnsupportedFeature;
import org.quiver.planner.expr.AggregateCall;
import org.quiver.planner.logical.Aggregate;
import org.quiver.planner.logical.LogicalOp;
import org.quiver.planner.logical.PadMissingKeys;
import org.quiver.planner.logical.PatternExists;
import org.quiver.planner.logical.SubqueryCall;
import org.quiver.planner.schema.GraphSchema;
import org.quiver.planner.types.CypherType;

/**
 * Subquery expressions around whole queries, and comprehensions whose body uses patterns, are
 * planned as subqueries per imported values; the short forms keep their semi-join plans.
 */
class SubqueryExpressionBindingTest {
    private static final GraphSchema SCHEMA = GraphSchema.builder()
            .nodes(Set.of("A"), Map.of("name", CypherType.STRING))
            .relationships("R", Map.of())
            .build();

    private static LogicalOp plan(String text) {
        BoundQuery q = QueryBinder.bind((Query) QueryParser.parse(text), new BindContext(text, SCHEMA, Map.of()));
        return q.last().plan();
    }

    private static Stream<LogicalOp> ops(LogicalOp op) {
        return Stream.concat(Stream.of(op), op.children().stream().flatMap(SubqueryExpressionBindingTest::ops));
    }

    @Test
    void existsAroundMatchesStaysASemiJoin() {
        LogicalOp plan = plan("MATCH (n) WHERE EXISTS { MATCH (n)-->(m) RETURN m } RETURN n");
        assertTrue(ops(plan).anyMatch(op -> op instanceof PatternExists));
        assertFalse(ops(plan).anyMatch(op -> op instanceof SubqueryCall));
    }

    @Test
    void existsAroundAnAggregationRunsPerImportedValue() {
        LogicalOp plan = plan("MATCH (n) WHERE EXISTS { MATCH (n)-->(m) WITH n, count(*) AS c WHERE c = 3 RETURN true }"
                + " RETURN n");
        SubqueryCall call = (SubqueryCall) ops(plan).filter(op -> op instanceof SubqueryCall).findFirst().orElseThrow();
        assertEquals(Set.of("n"), call.imports().keySet());
        assertEquals(CypherType.BOOLEAN, call.variables().get(call.returned().get(0)));
        // Outer values the query returns nothing for are padded, so that they count 0 instead of vanishing.
        assertTrue(ops(call.inner()).anyMatch(op -> op instanceof PadMissingKeys));
        assertFalse(ops(plan).anyMatch(op -> op instanceof PatternExists));
    }

    @Test
    void countAroundAQueryIsTheCountItself() {
        LogicalOp plan = plan("MATCH (n) RETURN COUNT { MATCH (n)-->(m) WITH DISTINCT m RETURN m } AS c");
        SubqueryCall call = (SubqueryCall) ops(plan).filter(op -> op instanceof SubqueryCall).findFirst().orElseThrow();
        assertEquals(CypherType.INTEGER, call.variables().get(call.returned().get(0)));
        assertEquals(CypherType.INTEGER, plan.variables().get("c"));
    }

    @Test
    void comprehensionOverPatternsCollectsInPositionOrder() {
        LogicalOp plan = plan("MATCH p = (n)-->() RETURN [x IN nodes(p) | size([(x)-->(:A) | 1])] AS list");
        SubqueryCall call = (SubqueryCall) ops(plan).filter(op -> op instanceof SubqueryCall).findFirst().orElseThrow();
        assertEquals(Set.of("p"), call.imports().keySet());
        Aggregate aggregate = (Aggregate) call.inner();
        assertEquals(List.of(AggregateCall.Function.COLLECT_IN_ORDER), aggregate.aggregations().stream()
                .flatMap(a -> a.expr().descendants()).filter(e -> e instanceof AggregateCall)
                .map(e -> ((AggregateCall) e).function()).toList());
        assertEquals(CypherType.listOf(CypherType.INTEGER), plan.variables().get("list"));
    }

    @Test
    void listPredicateOverPatternsIsABoolean() {
        LogicalOp plan = plan("MATCH p = (n)-->() RETURN any(x IN nodes(p) WHERE (x)-->(:A)) AS b");
        assertEquals(CypherType.BOOLEAN, plan.variables().get("b"));
        assertTrue(ops(plan).anyMatch(op -> op instanceof SubqueryCall));
    }

    @Test
    void theElementVariableDoesNotImportAnOuterOneOfTheSameName() {
        LogicalOp plan = plan("MATCH (x), (y) RETURN [x IN [y] | size([(x)-->() | 1])] AS list");
        SubqueryCall call = (SubqueryCall) ops(plan).filter(op -> op instanceof SubqueryCall).findFirst().orElseThrow();
        assertEquals(Set.of("y"), call.imports().keySet());
    }

    @Test
    void subqueriesStillRefuseUpdatesAndUnions() {
        assertEquals("InvalidClauseComposition", assertThrows(SyntaxError.class,
                () -> plan("MATCH (n) WHERE EXISTS { MATCH (n)-->(m) WITH m SET m.name = 'x' } RETURN n"))
                .detail().orElseThrow());
        assertThrows(UnsupportedFeature.class, () -> plan("MATCH (n) RETURN COUNT { MATCH (n)-->(m) RETURN m "
                + "UNION MATCH (n)<--(m) RETURN m } AS c"));
        assertEquals("InvalidClauseComposition", assertThrows(SyntaxError.class,
                () -> plan("MATCH (n) RETURN COLLECT { MATCH (n)-->(m) WITH m RETURN m.name, m } AS c"))
                .detail().orElseThrow());
    }
}
