package org.quiver.tck.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quiver.tck.gherkin.GherkinReader;
import org.quiver.tck.gherkin.Scenario;

class ScenarioRunnerTest {
    private final ScenarioRunner<List<String>> runner = new ScenarioRunner<>(new FakeEngine(),
            name -> name.equals("tiny") ? Optional.of("CREATE tiny") : Optional.empty());

    /** Runs a scenario whose steps are {@code steps} (Gherkin lines). */
    private ScenarioOutcome run(String steps) {
        String text = "Feature: F\n  Scenario: S\n" + steps.indent(4);
        Scenario scenario = GherkinReader.read("d/F.feature", text).scenarios().get(0);
        return runner.run("d/F.feature", scenario);
    }

    private static String query(String text) {
        return "When executing query:\n  \"\"\"\n  " + text + "\n  \"\"\"\n";
    }

    private static void assertFailed(ScenarioOutcome outcome, Phase phase, String reason) {
        assertEquals(false, outcome.passed(), "passed");
        assertEquals(Optional.of(reason), outcome.reason());
        assertEquals(Optional.of(phase), outcome.phase());
    }

    @Test
    void setupStatementsBuildTheGraphTheQuerySees() {
        ScenarioOutcome outcome = run("Given an empty graph\nAnd having executed:\n  \"\"\"\n  CREATE ()\n  \"\"\"\n"
                + query("COUNT") + "Then the result should be, in order:\n  | count |\n  | 1 |\nAnd no side effects\n");
        assertEquals(true, outcome.passed(), outcome.reason().toString());
    }

    @Test
    void namedGraphsComeFromTheirScript() {
        assertEquals(true, run("Given the tiny graph\n" + query("COUNT")
                + "Then the result should be, in any order:\n  | count |\n  | 1 |\n").passed());
        assertFailed(run("Given the huge graph\n" + query("COUNT") + "Then the result should be empty\n"),
                Phase.SETUP, "no TCK graph named huge");
    }

    @Test
    void aFailingSetupFailsTheScenarioInTheSetupPhase() {
        ScenarioOutcome outcome = run("Given an empty graph\nAnd having executed:\n  \"\"\"\n  UNSUPPORTED\n  \"\"\"\n"
                + query("COUNT") + "Then the result should be empty\n");
        assertFailed(outcome, Phase.SETUP, "UnsupportedFeature: CREATE is not supported yet");
        assertEquals(Optional.of("UnsupportedFeature"), outcome.actualError());
    }

    @Test
    void parametersAreReadInTckNotation() {
        assertEquals(true, run("Given any graph\nAnd parameters are:\n  | p | [1, 'a'] |\n" + query("PARAM")
                + "Then the result should be, in any order:\n  | p |\n  | [1, 'a'] |\n").passed());
    }

    @Test
    void sideEffectsAreCompared() {
        String create = "Given an empty graph\n" + query("CREATE (n)");
        assertEquals(true, run(create + "Then the result should be empty\n"
                + "And the side effects should be:\n  | +nodes | 1 |\n  | +properties | 1 |\n").passed());
        assertFailed(run(create + "Then the result should be empty\nAnd no side effects\n"), Phase.COMPARE,
                "side effects differ — +nodes expected 0, got 1, +properties expected 0, got 1");
        assertFailed(run(create + "Then the result should be empty\nAnd the side effects should be:\n"
                + "  | +nodes | 1 |\n  | -properties | 1 |\n"), Phase.COMPARE,
                "side effects differ — +properties expected 0, got 1, -properties expected 1, got 0");
    }

    @Test
    void expectedErrorsMatchOnTypeDetailAndTime() {
        ScenarioOutcome matched = run("Given any graph\n" + query("UNDEFINED")
                + "Then a SemanticError should be raised at compile time: UndefinedVariable\n");
        assertEquals(true, matched.passed());
        assertEquals(Optional.of("SemanticError"), matched.actualError());
        assertEquals(true, run("Given any graph\n" + query("TYPE_AT_RUNTIME")
                + "Then a TypeError should be raised at any time: *\n").passed());
        assertFailed(run("Given any graph\n" + query("UNDEFINED")
                        + "Then a SyntaxError should be raised at compile time: UndefinedVariable\n"), Phase.ANALYZE,
                "expected SyntaxError/UndefinedVariable at compile time, got SemanticError/UndefinedVariable at compile time");
        assertFailed(run("Given any graph\n" + query("TYPE_AT_RUNTIME")
                        + "Then a TypeError should be raised at compile time: InvalidArgumentValue\n"), Phase.EXECUTE,
                "expected TypeError/InvalidArgumentValue at compile time, got TypeError/InvalidArgumentValue at runtime");
        ScenarioOutcome none = run("Given any graph\n" + query("COUNT")
                + "Then a SyntaxError should be raised at compile time: UnexpectedSyntax\n");
        assertFailed(none, Phase.COMPARE, "expected SyntaxError/UnexpectedSyntax at compile time, got none");
        assertEquals(Optional.of("SyntaxError/UnexpectedSyntax"), none.expectedError());
        assertEquals(Optional.empty(), none.actualError());
    }

    @Test
    void unsupportedFeatureNeverMatchesAnExpectedError() {
        assertFailed(run("Given any graph\n" + query("UNSUPPORTED")
                        + "Then a SyntaxError should be raised at compile time: *\n"), Phase.ANALYZE,
                "UnsupportedFeature: CREATE is not supported yet");
    }

    @Test
    void errorsWhereRowsWereExpectedFailInTheirPhase() {
        assertFailed(run("Given any graph\n" + query("SYNTAX") + "Then the result should be empty\n"), Phase.PARSE,
                "SyntaxError/UnexpectedSyntax: bad");
        assertFailed(run("Given any graph\n" + query("TYPE_AT_RUNTIME") + "Then the result should be empty\n"),
                Phase.EXECUTE, "TypeError/InvalidArgumentValue: no");
    }

    @Test
    void unknownStepsFailTheScenario() {
        assertFailed(run("Given any graph\nAnd there exists an index on :A(name):\n  |\n"), Phase.SETUP,
                "unsupported step: And there exists an index on :A(name):");
    }

    @Test
    void aProcedureStepFailsOnAnEngineWithoutProcedures() {
        assertFailed(run("Given any graph\nAnd there exists a procedure test.my.proc() :: ():\n  |\n"), Phase.SETUP,
                "cannot register procedure test.my.proc() :: (): procedures are not supported");
    }

    @Test
    void resultVariantsAreRecognised() {
        String given = "Given an empty graph\nAnd having executed:\n  \"\"\"\n  CREATE ()\n  \"\"\"\n" + query("COUNT");
        for (String step : List.of("Then the result should be, in any order:",
                "Then the result should be (ignoring element order for lists):",
                "Then the result should be, in order (ignoring element order for lists):")) {
            assertEquals(true, run(given + step + "\n  | count |\n  | 1 |\n").passed(), step);
        }
        assertFailed(run(given + "Then the result should be empty\n"), Phase.COMPARE, "expected no rows, got 1");
    }
}
