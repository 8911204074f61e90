package org.quiver.tck.run;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What one scenario's steps have built so far: the graph, the parameters, the last query and its outcome. */
final class ScenarioState<G> {
    /** The runner's engine, or one that also knows the procedures the scenario declared. */
    TckEngine<G> engine;
    G graph;
    final Map<String, Object> parameters = new LinkedHashMap<>();
    Execution<G> execution;
    Exception compileError;
    Optional<String> expectedError = Optional.empty();
    /** The error raised as expected, for the report of a passing scenario. */
    Optional<String> matchedError = Optional.empty();
    private boolean executed;

    ScenarioState(TckEngine<G> engine) {
        this.engine = engine;
    }

    G currentGraph() {
        if (graph == null) {
            graph = engine.emptyGraph();
        }
        return graph;
    }

    /** Compiles the query under test; an error is kept for the steps that check it. */
    void execute(String query) {
        executed = true;
        execution = null;
        compileError = null;
        try {
            execution = engine.execute(currentGraph(), query, parameters);
            graph = execution.graph();
        } catch (Exception e) {
            compileError = e;
        }
    }

    /** The rows of the query under test; any error the engine raised fails the scenario. */
    List<List<Object>> requireRows() {
        if (!executed) {
            ScenarioRunner.fail(Phase.SETUP, "a result step before any query");
        }
        if (compileError != null) {
            throw failure(EngineError.of(compileError, true));
        }
        try {
            return execution.rows();
        } catch (Exception e) {
            throw failure(EngineError.of(e, false));
        }
    }

    /** Passes when the query raised the expected error at the expected time. */
    void checkError(ExpectedError expected) {
        expectedError = Optional.of(expected.typeAndDetail());
        if (!executed) {
            ScenarioRunner.fail(Phase.SETUP, "an error step before any query");
        }
        EngineError actual;
        boolean atCompileTime = compileError != null;
        if (atCompileTime) {
            actual = EngineError.of(compileError, true);
        } else {
            try {
                execution.rows();
                throw new ScenarioFailure(Phase.COMPARE, "expected " + expected + ", got none");
            } catch (ScenarioFailure f) {
                throw f;
            } catch (Exception e) {
                actual = EngineError.of(e, false);
            }
        }
        if (actual.isUnsupportedFeature() || !actual.cypherError()) {
            throw failure(actual);
        }
        if (!expected.matches(actual) || !expected.timing().accepts(atCompileTime)) {
            throw new ScenarioFailure(actual.phase(), "expected " + expected + ", got " + actual.typeAndDetail()
                    + " at " + (atCompileTime ? "compile time" : "runtime"), Optional.of(actual.type()));
        }
        matchedError = Optional.of(actual.type());
    }

    private static ScenarioFailure failure(EngineError error) {
        return new ScenarioFailure(error.phase(), error.description(), Optional.of(error.type()));
    }
}
