package org.quiver.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jline.reader.ParsedLine;
import org.jline.reader.Parser;
import org.junit.jupiter.api.Test;
import org.quiver.planner.schema.GraphSchema;
import org.quiver.planner.types.CypherType;

class ShellCompleterTest {
    private static final GraphSchema SCHEMA = GraphSchema.builder()
            .nodes(Set.of("Person"), Map.of("name", CypherType.STRING, "born", CypherType.INTEGER))
            .nodes(Set.of("Place", "City"), Map.of("population", CypherType.INTEGER))
            .relationships("KNOWS", Map.of("since", CypherType.INTEGER))
            .build();
    private final ShellCompleter completer = new ShellCompleter(() -> SCHEMA);

    @Test
    void aColonInAPatternCompletesLabelsAndTypes() {
        assertEquals(List.of(":Person", ":Place"), complete("MATCH (p:P"));
        assertEquals(List.of(":KNOWS"), complete("MATCH (a)-[:K"));
        assertEquals(List.of(":City", ":KNOWS", ":Person", ":Place"), complete("MATCH (n:"));
    }

    @Test
    void aDotCompletesPropertyKeys() {
        assertEquals(List.of("born"), complete("MATCH (p:Person) RETURN p.b"));
        assertEquals(List.of("born", "name", "population", "since"), complete("RETURN p."));
    }

    @Test
    void aWordCompletesKeywordsWhateverItsCase() {
        assertTrue(complete("m").containsAll(List.of("MATCH", "MERGE")));
        assertTrue(complete("ma").contains("MATCH"));
        assertTrue(complete("ma").stream().allMatch(k -> k.startsWith("MA")));
        assertTrue(complete("RET").contains("RETURN"));
        assertTrue(complete("MATCH (n) wh").contains("WHERE"));
        assertEquals(List.of(), complete("MATCH (n) "));
    }

    @Test
    void aColonAtTheStartCompletesShellCommands() {
        assertEquals(List.of(":param", ":params"), complete(":pa"));
        assertEquals(List.of(":schema"), complete("  :sc"));
    }

    /** The candidates for the word before the end of {@code line}, found as the line reader finds it. */
    private List<String> complete(String line) {
        ParsedLine parsed = new ShellParser().parse(line, line.length(), Parser.ParseContext.COMPLETE);
        return completer.candidates(line, line.length() - parsed.wordCursor(), parsed.word());
    }
}
