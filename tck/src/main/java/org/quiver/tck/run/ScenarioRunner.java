package org.quiver.tck.run;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.quiver.tck.gherkin.DataTable;
import org.quiver.tck.gherkin.Scenario;
import org.quiver.tck.gherkin.Step;
import org.quiver.tck.values.ResultComparison;
import org.quiver.tck.values.TckValueParser;

/**
 * Runs one scenario's steps against an engine and judges it. Safe to share between threads: the
 * state of a scenario lives in a {@link ScenarioState}; only the named graphs built so far are
 * shared (graphs are immutable values).
 */
public final class ScenarioRunner<G> {
    private static final Pattern NAMED_GRAPH = Pattern.compile("the (\\S+) graph");
    private static final Pattern PROCEDURE = Pattern.compile("there exists a procedure (.+):");
    private static final Pattern RESULT = Pattern.compile(
            "the result should be(, in (any )?order)?( \\(ignoring element order for lists\\))?:");

    private final TckEngine<G> engine;
    private final Function<String, Optional<String>> graphScripts;
    private final Map<String, NamedGraph<G>> namedGraphs = new ConcurrentHashMap<>();

    /** {@code graphScripts} gives the Cypher that builds a named graph ({@link TckArtifact#graphScript}). */
    public ScenarioRunner(TckEngine<G> engine, Function<String, Optional<String>> graphScripts) {
        this.engine = engine;
        this.graphScripts = graphScripts;
    }

    public ScenarioOutcome run(String featurePath, Scenario scenario) {
        long start = System.nanoTime();
        Optional<String> example = scenario.exampleIndex().isPresent()
                ? Optional.of(Integer.toString(scenario.exampleIndex().getAsInt())) : Optional.empty();
        ScenarioState<G> state = new ScenarioState<>(engine);
        try {
            for (Step step : scenario.steps()) {
                perform(step, state);
            }
            return new ScenarioOutcome(featurePath, scenario.name(), example, true, state.expectedError,
                    state.matchedError, Optional.empty(), Optional.empty(), millisSince(start));
        } catch (ScenarioFailure failure) {
            return new ScenarioOutcome(featurePath, scenario.name(), example, false, state.expectedError,
                    failure.actualError, Optional.of(failure.phase), Optional.of(failure.getMessage()),
                    millisSince(start));
        } catch (Exception | StackOverflowError e) {
            return new ScenarioOutcome(featurePath, scenario.name(), example, false, state.expectedError,
                    Optional.of(e.getClass().getSimpleName()), Optional.of(Phase.COMPARE),
                    Optional.of("runner error: " + EngineError.oneLine(String.valueOf(e))), millisSince(start));
        }
    }

    private void perform(Step step, ScenarioState<G> state) {
        String text = step.text();
        Matcher result = RESULT.matcher(text);
        Matcher namedGraph = NAMED_GRAPH.matcher(text);
        Matcher procedure = PROCEDURE.matcher(text);
        ExpectedError expectedError = ExpectedError.fromStep(text);
        if (text.equals("an empty graph") || text.equals("any graph")) {
            state.graph = engine.emptyGraph();
        } else if (namedGraph.matches()) {
            state.graph = namedGraph(namedGraph.group(1)).graph();
        } else if (text.equals("having executed:")) {
            state.graph = setUp(state.engine, state.currentGraph(), docString(step), state.parameters);
        } else if (procedure.matches()) {
            state.engine = withProcedure(state.engine, procedure.group(1).strip(), step);
        } else if (text.equals("parameters are:")) {
            readParameters(step, state);
        } else if (text.equals("executing query:") || text.equals("executing control query:")) {
            state.execute(docString(step));
        } else if (result.matches()) {
            boolean inOrder = result.group(1) != null && result.group(2) == null;
            checkRows(step, state, inOrder, result.group(3) != null);
        } else if (text.equals("the result should be empty")) {
            checkRows(step, state, false, false);
        } else if (text.equals("the side effects should be:") || text.equals("no side effects")) {
            state.requireRows();
            SideEffectsCheck.compare(step.table(), state.execution.sideEffects())
                    .ifPresent(reason -> fail(Phase.COMPARE, reason));
        } else if (expectedError != null) {
            state.checkError(expectedError);
        } else {
            fail(Phase.SETUP, "unsupported step: " + step);
        }
    }

    private void checkRows(Step step, ScenarioState<G> state, boolean inOrder, boolean listsAsMultisets) {
        List<List<Object>> rows = state.requireRows();
        Optional<String> mismatch;
        if (step.table().isEmpty()) {
            mismatch = rows.isEmpty() ? Optional.empty()
                    : Optional.of("expected no rows, got " + rows.size());
        } else {
            DataTable table = step.table().get();
            try {
                mismatch = ResultComparison.compare(table.header(), table.body(), state.execution.columns(), rows,
                        inOrder, listsAsMultisets);
            } catch (IllegalArgumentException e) {
                mismatch = Optional.of("cannot read the expected result: " + EngineError.oneLine(e.getMessage()));
            }
        }
        mismatch.ifPresent(reason -> fail(Phase.COMPARE, reason));
    }

    private NamedGraph<G> namedGraph(String name) {
        return namedGraphs.computeIfAbsent(name, n -> {
            Optional<String> script = graphScripts.apply(n);
            if (script.isEmpty()) {
                return new NamedGraph<>(null, new ScenarioFailure(Phase.SETUP, "no TCK graph named " + n));
            }
            try {
                return new NamedGraph<>(setUp(engine, engine.emptyGraph(), script.get(), Map.of()), null);
            } catch (ScenarioFailure failure) {
                return new NamedGraph<>(null, failure);
            }
        });
    }

    /**
     * Runs a setup statement to the end (reading its rows, so a run-time error shows here and not
     * in the query under test) and returns the graph after it.
     */
    private G setUp(TckEngine<G> engine, G graph, String statement, Map<String, Object> parameters) {
        try {
            Execution<G> execution = engine.execute(graph, statement, parameters);
            execution.rows();
            return execution.graph();
        } catch (Exception e) {
            EngineError error = EngineError.of(e, false);
            throw new ScenarioFailure(Phase.SETUP, error.description(), Optional.of(error.type()));
        }
    }

    /** The procedure's table: a header naming its arguments and outputs, then one row of values per line. */
    private static <G> TckEngine<G> withProcedure(TckEngine<G> engine, String signature, Step step) {
        List<String> header = step.table().map(DataTable::header).orElse(List.of());
        List<Map<String, Object>> rows = new java.util.ArrayList<>();
        for (List<String> cells : step.table().map(DataTable::body).orElse(List.of())) {
            if (cells.size() != header.size()) {
                fail(Phase.SETUP, "a procedure row needs a value per column: " + cells);
            }
            Map<String, Object> row = new java.util.LinkedHashMap<>();
            for (int i = 0; i < cells.size(); i++) {
                try {
                    row.put(header.get(i), TckValueParser.parse(cells.get(i)));
                } catch (IllegalArgumentException e) {
                    fail(Phase.SETUP, "cannot read procedure value " + cells.get(i) + ": "
                            + EngineError.oneLine(e.getMessage()));
                }
            }
            rows.add(row);
        }
        try {
            return engine.withProcedure(signature, rows);
        } catch (RuntimeException e) {
            throw new ScenarioFailure(Phase.SETUP, "cannot register procedure " + signature + ": "
                    + EngineError.oneLine(String.valueOf(e.getMessage())));
        }
    }

    private static void readParameters(Step step, ScenarioState<?> state) {
        for (List<String> row : step.table().map(DataTable::rows).orElse(List.of())) {
            if (row.size() != 2) {
                fail(Phase.SETUP, "a parameter row needs a name and a value: " + row);
            }
            try {
                state.parameters.put(row.get(0), TckValueParser.parse(row.get(1)));
            } catch (IllegalArgumentException e) {
                fail(Phase.SETUP, "cannot read parameter " + row.get(0) + ": " + EngineError.oneLine(e.getMessage()));
            }
        }
    }

    private static String docString(Step step) {
        return step.docString().orElseThrow(() -> new ScenarioFailure(Phase.SETUP, "step without a query: " + step));
    }

    static void fail(Phase phase, String reason) {
        throw new ScenarioFailure(phase, reason);
    }

    private static long millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    /** A named graph built once, or the failure that building it met (every scenario using it fails alike). */
    private record NamedGraph<G>(G built, ScenarioFailure failure) {
        G graph() {
            if (failure != null) {
                throw new ScenarioFailure(failure.phase, failure.getMessage(), failure.actualError);
            }
            return built;
        }
    }
}
