package org.quiver.fuzz;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.quiver.api.CypherResult;
import org.quiver.api.PropertyGraph;
import org.quiver.api.QuiverSession;
import org.quiver.parser.DeepStack;
import org.quiver.parser.QueryParser;
import org.quiver.parser.ast.Statement;
import org.quiver.parser.error.CypherException;
import org.quiver.planner.PlannedQuery;
import org.quiver.planner.PlannerOptions;
import org.quiver.planner.QueryPlanner;
import org.quiver.planner.semantic.Segment;
import org.quiver.tck.TckSpark;

/**
 * Runs one fuzz input and says how it ended. The contract under test: a query ends in a plan (or
 * rows), or in a {@link CypherException}; compile-time errors carry a position. Anything else
 * (another exception type, a stack overflow) escapes and fails the property with the input shown.
 */
final class FuzzTarget {
    /** Errors found while compiling, which must say where; run-time errors may not know a position. */
    private static final Set<String> POSITIONED = Set.of("SyntaxError", "SemanticError", "ParameterMissing");
    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    private static QuiverSession quiver;
    private static PropertyGraph graph;
    private static final Map<String, AtomicLong> OUTCOMES = new ConcurrentHashMap<>();

    private FuzzTarget() {
    }

    /** Parses, analyses, plans and lowers {@code query} against the fuzz graph's schema; no Spark work. */
    static String compile(String query) {
        PropertyGraph target = graph();
        try {
            Statement statement = DeepStack.call(query, () -> QueryParser.parse(query));
            PlannedQuery planned = DeepStack.call(query,
                    () -> QueryPlanner.plan(query, statement, target.schema(), Map.of(), PlannerOptions.DEFAULTS));
            for (Segment segment : planned.optimized()) {
                DeepStack.call(query, () -> QueryPlanner.lower(segment, target.schema()));
            }
            return count("compile: planned");
        } catch (CypherException e) {
            return count("compile: " + checked(e, true));
        }
    }

    /** Runs {@code query} on Spark over the fuzz graph and reads its rows, within {@link #TIMEOUT}. */
    static String run(String query) {
        QuiverSession limited = session().withTimeout(TIMEOUT);
        CypherResult result;
        try {
            result = limited.cypher(graph(), query);
        } catch (CypherException e) {
            return count("run: compile " + checked(e, POSITIONED.contains(e.errorType())));
        }
        try {
            result.rows();
            return count("run: rows");
        } catch (CypherException e) {
            return count("run: " + checked(e, false));
        }
    }

    private static String checked(CypherException e, boolean needsPosition) {
        if (needsPosition && e.span().isEmpty() && !POSITIONLESS.contains(e.errorType())) {
            throw new AssertionError("a " + e.errorType() + " without a position: " + e.getMessage(), e);
        }
        return e.errorType();
    }

    /** Errors about the whole query rather than a place in it. */
    private static final Set<String> POSITIONLESS = Set.of("LimitExceeded");

    private static String count(String outcome) {
        OUTCOMES.computeIfAbsent(outcome, k -> new AtomicLong()).incrementAndGet();
        return outcome;
    }

    /** How the inputs so far ended, by outcome. */
    static Map<String, Long> outcomes() {
        Map<String, Long> counts = new TreeMap<>();
        OUTCOMES.forEach((k, v) -> counts.put(k, v.get()));
        return counts;
    }

    private static synchronized QuiverSession session() {
        if (quiver == null) {
            quiver = QuiverSession.of(TckSpark.spark());
        }
        return quiver;
    }

    /** A small graph with the labels, types and keys TCK queries use most. */
    private static synchronized PropertyGraph graph() {
        if (graph == null) {
            graph = session().cypher(session().emptyGraph(), """
                    CREATE (a:A {name: 'a', num: 1, id: 0}), (b:B {name: 'b', num: 2, id: 1}),
                           (c:C:D {name: 'c', num: 3, id: 2}), (x:X {name: 'x', value: 'v'}),
                           (a)-[:T {num: 1, name: 'r'}]->(b), (b)-[:T {num: 2}]->(c), (c)-[:R]->(a),
                           (a)-[:KNOWS {since: 2000}]->(c), (x)-[:REL]->(x)""").graph();
        }
        return graph;
    }
}
