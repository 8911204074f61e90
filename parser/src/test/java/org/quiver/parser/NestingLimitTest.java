package org.quiver.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.quiver.parser.ast.Statement;
import org.quiver.parser.ast.Query;
import org.quiver.parser.error.LimitExceeded;

/** Deep nesting parses up to the limit and fails with a positioned error beyond it, never a stack overflow. */
class NestingLimitTest {
    private static String nested(String open, String close, int depth) {
        return "RETURN " + open.repeat(depth) + "1" + close.repeat(depth) + " AS x";
    }

    static Stream<Arguments> shapes() {
        return Stream.of(Arguments.of("(", ")"), Arguments.of("[", "]"), Arguments.of("{a: ", "}"),
                Arguments.of("[x IN ", " | x]"), Arguments.of("CASE WHEN true THEN ", " END"),
                Arguments.of("- ", ""), Arguments.of("NOT ", ""), Arguments.of("1 + ", ""), Arguments.of("size(", ")"));
    }

    @ParameterizedTest
    @MethodSource("shapes")
    void thousandLevelsParse(String open, String close) {
        String query = nested(open, close, 1000);
        Statement parsed = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> DeepStack.call(query, () -> QueryParser.parse(query)));
        assertInstanceOf(Query.class, parsed);
    }

    @Test
    void deeperBracketsFailAtTheFirstBracketPastTheLimit() {
        String query = nested("[", "]", 1001);
        LimitExceeded error = assertThrows(LimitExceeded.class, () -> QueryParser.parse(query));

        assertEquals("NestingTooDeep", error.detail().orElseThrow());
        assertEquals(1, error.span().orElseThrow().line());
        assertEquals("RETURN ".length() + 1000 + 1, error.span().orElseThrow().column());
    }

    @Test
    void bracketsInStringsAndNamesDoNotCount() {
        String query = "RETURN '" + "(".repeat(5000) + "' AS `" + "[".repeat(5000) + "`";
        assertInstanceOf(Query.class, QueryParser.parse(query));
    }

    @Test
    void aStackOverflowBecomesLimitExceededAtTheDeepestBracket() {
        String query = "RETURN [[1], [[2]]] AS x";
        LimitExceeded error = assertThrows(LimitExceeded.class, () -> DeepStack.call(query, () -> {
            throw new StackOverflowError();
        }));
        assertEquals("NestingTooDeep", error.detail().orElseThrow());
        assertEquals(query.indexOf("[[2") + 2, error.span().orElseThrow().column());
    }
}
