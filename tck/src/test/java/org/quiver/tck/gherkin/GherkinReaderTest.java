package org.quiver.tck.gherkin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class GherkinReaderTest {
    private static final String FEATURE = """
            # a comment before the feature
            #encoding: utf-8

            @featureTag
            Feature: Match1 - Match nodes
              A description line that is skipped.

              Background:
                Given an empty graph

              @skipStyleCheck
              Scenario: [1] Match non-existent nodes returns empty
                When executing query:
                  \"\"\"
                  MATCH (n)
                    RETURN n
                  \"\"\"
                # a comment between steps
                Then the result should be, in any order:
                  | n         |
                  | 'a \\| b' |
                  | '\\\\'    |
                And no side effects

              Scenario Outline: [2] Outline <not replaced in names>
                And parameters are:
                  | p | <value> |
                When executing query:
                  \"\"\"
                  RETURN <value> AS v
                  \"\"\"
                Then a SyntaxError should be raised at compile time: <detail>

                Examples:
                  | value | detail            |
                  | 1     | UndefinedVariable |
                  | 'x'   | InvalidArgument   |

                Examples:
                  | value | detail |
                  | [1]   | Other  |
            """;

    @Test
    void readsScenariosWithTheBackgroundFirst() {
        Feature feature = GherkinReader.read("clauses/match/Match1.feature", FEATURE);
        assertEquals("Match1 - Match nodes", feature.name());
        assertEquals(List.of("@featureTag"), feature.tags());
        assertEquals(4, feature.scenarios().size());
        Scenario first = feature.scenarios().get(0);
        assertEquals("[1] Match non-existent nodes returns empty", first.name());
        assertEquals(List.of("@featureTag", "@skipStyleCheck"), first.tags());
        assertEquals(OptionalInt.empty(), first.exampleIndex());
        assertEquals(List.of("an empty graph", "executing query:", "the result should be, in any order:",
                "no side effects"), first.steps().stream().map(Step::text).toList());
        assertEquals("Given", first.steps().get(0).keyword());
    }

    @Test
    void docStringsLoseTheIndentationOfTheirDelimiter() {
        Step query = GherkinReader.read("f", FEATURE).scenarios().get(0).steps().get(1);
        assertEquals(Optional.of("MATCH (n)\n  RETURN n"), query.docString());
    }

    @Test
    void tableCellsAreTrimmedAndUnescaped() {
        Step result = GherkinReader.read("f", FEATURE).scenarios().get(0).steps().get(2);
        DataTable table = result.table().orElseThrow();
        assertEquals(List.of("n"), table.header());
        assertEquals(List.of(List.of("'a | b'"), List.of("'\\'")), table.body());
    }

    @Test
    void outlinesExpandOnePerExamplesRowAcrossAllExamplesTables() {
        List<Scenario> scenarios = GherkinReader.read("f", FEATURE).scenarios();
        Scenario second = scenarios.get(2);
        assertEquals("[2] Outline <not replaced in names>", second.name());
        assertEquals(OptionalInt.of(2), second.exampleIndex());
        assertEquals(Map.of("value", "'x'", "detail", "InvalidArgument"), second.exampleValues());
        assertEquals(List.of(List.of("p", "'x'")), second.steps().get(1).table().orElseThrow().rows());
        assertEquals(Optional.of("RETURN 'x' AS v"), second.steps().get(2).docString());
        assertEquals("a SyntaxError should be raised at compile time: InvalidArgument", second.steps().get(3).text());
        assertEquals(OptionalInt.of(3), scenarios.get(3).exampleIndex());
        assertEquals(Optional.of("RETURN [1] AS v"), scenarios.get(3).steps().get(2).docString());
    }

    @Test
    void aLoneBarIsARowWithoutCells() {
        Feature feature = GherkinReader.read("f", """
                Feature: F
                  Scenario: S
                    Given a procedure:
                      |
                """);
        assertEquals(List.of(List.of()), feature.scenarios().get(0).steps().get(0).table().orElseThrow().rows());
    }

    @Test
    void errorsNameTheFileAndLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> GherkinReader.read("x.feature", """
                Feature: F
                  Scenario: S
                    When executing query:
                      \"\"\"
                      RETURN 1
                """));
        assertTrue(e.getMessage().startsWith("x.feature:4:"), e.getMessage());
    }
}
