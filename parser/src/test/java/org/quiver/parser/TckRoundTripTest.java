package org.quiver.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.quiver.parser.ast.Statement;
import org.quiver.parser.error.SyntaxError;
import org.quiver.parser.tck.TckQueries;
import org.quiver.parser.tck.TckQuery;

/**
 * Every query of the openCypher TCK that is not meant to be a syntax error parses, and prints
 * back to text that parses to the same AST. Prints one line of figures for the record.
 */
class TckRoundTripTest {

    @Test
    void everyTckQueryParsesAndPrintsBack() {
        List<TckQuery> queries = TckQueries.all();
        List<String> failures = new ArrayList<>();
        int parsed = 0;
        int expectedErrors = 0;
        int rejected = 0;
        Map<String, int[]> byDetail = new TreeMap<>();
        long start = System.nanoTime();
        for (TckQuery query : queries) {
            try {
                QueryParser.parse(query.text());
                parsed++;
                if (query.expectsSyntaxError()) {
                    expectedErrors++;
                    byDetail.computeIfAbsent(query.expectedSyntaxError(), d -> new int[2])[1]++;
                }
            } catch (SyntaxError e) {
                if (query.expectsSyntaxError()) {
                    expectedErrors++;
                    rejected++;
                    byDetail.computeIfAbsent(query.expectedSyntaxError(), d -> new int[2])[0]++;
                } else {
                    failures.add(query.origin() + "\n" + query.text() + e.getMessage());
                }
            }
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        // A second pass shows the cost once ANTLR's prediction caches are warm, as in a long-lived session.
        long warmStart = System.nanoTime();
        for (TckQuery query : queries) {
            try {
                QueryParser.parse(query.text());
            } catch (SyntaxError expected) {
                // counted above
            }
        }
        long warmMillis = (System.nanoTime() - warmStart) / 1_000_000;
        System.out.printf("TCK: %d queries, %d parse; %d of %d expected-SyntaxError queries (%.0f%%) rejected by"
                + " the parser; all parsed in %d ms (first pass), %d ms (warm)%n", queries.size(), parsed, rejected,
                expectedErrors, 100.0 * rejected / Math.max(1, expectedErrors), millis, warmMillis);
        byDetail.forEach((detail, counts) -> System.out.printf("  SyntaxError %s: %d rejected by the parser, %d left"
                + " to semantic analysis%n", detail, counts[0], counts[1]));
        assertEquals(List.of(), failures, failures.size() + " TCK queries do not parse");

        List<String> mismatches = new ArrayList<>();
        for (TckQuery query : queries) {
            if (query.expectsSyntaxError()) {
                continue;
            }
            Statement ast = QueryParser.parse(query.text());
            String printed = AstPrinter.print(ast);
            try {
                if (!QueryParser.parse(printed).equals(ast)) {
                    mismatches.add(query.origin() + "\n" + query.text() + "printed: " + printed);
                }
            } catch (SyntaxError e) {
                mismatches.add(query.origin() + "\n" + query.text() + "printed: " + printed + "\n" + e.getMessage());
            }
        }
        assertEquals(List.of(), mismatches, mismatches.size() + " TCK queries do not print back");
    }
}
