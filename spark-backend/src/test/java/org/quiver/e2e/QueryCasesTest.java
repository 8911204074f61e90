package org.quiver.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.quiver.api.CypherResult;
import org.quiver.api.PropertyGraph;
import org.quiver.api.QuiverSession;
import org.quiver.api.SideEffects;
import org.quiver.planner.rewrite.Optimizer;
import org.quiver.parser.error.CypherException;
import org.quiver.testing.ResultValues;
import org.quiver.testing.TestSpark;

/** Runs every case of {@code src/test/resources/queries/*.cases} end to end on Spark. */
class QueryCasesTest {
    private static final Path CASES = Path.of("src/test/resources/queries");
    private static final Map<String, PropertyGraph> GRAPHS = new HashMap<>();
    private static final QuiverSession UNOPTIMIZED =
            TestSpark.quiver().withoutRules(Set.copyOf(Optimizer.standard().ruleNames()));

    @TestFactory
    Stream<DynamicNode> cases() throws IOException {
        List<DynamicNode> files = new ArrayList<>();
        try (Stream<Path> paths = Files.list(CASES)) {
            // -Dquiver.cases=temporal runs one file's cases only.
            String only = System.getProperty("quiver.cases", "");
            for (Path file : paths.filter(p -> p.toString().endsWith(".cases"))
                    .filter(p -> p.getFileName().toString().startsWith(only)).sorted().toList()) {
                List<DynamicNode> tests = new ArrayList<>();
                for (QueryCase c : QueryCaseReader.read(file)) {
                    String where = " (" + c.file() + ":" + c.line() + ")";
                    tests.add(DynamicTest.dynamicTest(c.name() + where, () -> run(c, TestSpark.quiver())));
                    // Rewrites must never change a result: every case runs again without them.
                    tests.add(DynamicTest.dynamicTest(c.name() + " [no rewrites]" + where, () -> run(c, UNOPTIMIZED)));
                }
                files.add(DynamicContainer.dynamicContainer(file.getFileName().toString(), tests));
            }
        }
        return files.stream();
    }

    /** Side effects in the notation of the case files: {@code +nodes 1 +labels 1}, zeros left out. */
    private static String effects(SideEffects e) {
        StringBuilder out = new StringBuilder();
        long[] counts = {e.nodesCreated(), e.nodesDeleted(), e.relationshipsCreated(), e.relationshipsDeleted(),
                e.propertiesSet(), e.propertiesRemoved(), e.labelsAdded(), e.labelsRemoved()};
        String[] names = {"+nodes", "-nodes", "+relationships", "-relationships", "+properties", "-properties",
                "+labels", "-labels"};
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] != 0) {
                out.append(out.length() == 0 ? "" : " ").append(names[i]).append(' ').append(counts[i]);
            }
        }
        return out.toString();
    }

    private static synchronized PropertyGraph graph(String name) {
        if (name.equals("empty")) {
            return TestSpark.quiver().emptyGraph();
        }
        return GRAPHS.computeIfAbsent(name, n -> {
            Path dir = n.startsWith("examples/") ? Path.of("..").resolve(n) : Path.of("src/test/resources/graphs", n);
            return TestSpark.quiver().loadGraph(dir);
        });
    }

    private static void run(QueryCase c, QuiverSession session) {
        QuiverSession quiver = session;
        for (QueryCase.TableProcedure procedure : c.procedures()) {
            quiver = quiver.withProcedure(procedure.signature(), procedure.rows());
        }
        assertNotNull(c.graph(), "no graph: line before the case");
        PropertyGraph graph = graph(c.graph());
        List<String> statements = c.statements();
        for (String setup : statements.subList(0, statements.size() - 1)) {
            graph = quiver.cypher(graph, setup, c.parameters()).graph();
        }
        String query = statements.get(statements.size() - 1);
        if (c.error().isPresent()) {
            try {
                CypherResult result = quiver.cypher(graph, query, c.parameters());
                result.rows();
                fail("expected " + c.error().get() + " but the query returned " + result.rows());
            } catch (CypherException e) {
                String expected = c.error().get();
                // An expectation without a detail checks the error type only.
                String actual = e.errorType() + (expected.contains(" ") ? e.detail().map(d -> " " + d).orElse("") : "");
                assertEquals(expected, actual, e.getMessage());
            }
            return;
        }
        CypherResult result = quiver.cypher(graph, query, c.parameters());
        assertEquals(c.columns(), result.columns(), "columns");
        if (c.effects().isPresent()) {
            assertEquals(c.effects().get(), effects(result.sideEffects()), "side effects");
        }
        List<List<Object>> actual = new ArrayList<>();
        for (List<Object> row : result.rows()) {
            actual.add(row.stream().map(ResultValues::comparable).toList());
        }
        if (c.ordered()) {
            assertEquals(c.rows(), actual);
        } else {
            List<List<Object>> unmatched = new ArrayList<>(actual);
            List<List<Object>> missing = new ArrayList<>();
            for (List<Object> row : c.rows()) {
                if (!unmatched.remove(row)) {
                    missing.add(row);
                }
            }
            if (!missing.isEmpty() || !unmatched.isEmpty()) {
                fail("rows (any order) differ\n  missing: " + missing + "\n  unexpected: " + unmatched);
            }
        }
    }
}
