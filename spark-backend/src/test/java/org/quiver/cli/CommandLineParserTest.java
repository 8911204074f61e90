package org.quiver.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quiver.api.CsvOptions;
import org.quiver.format.OutputFormat;

class CommandLineParserTest {

    @Test
    void aQueryWithItsDefaults() throws UsageException {
        QueryOptions options = query("query", "--graph", "g", "RETURN 1");
        assertEquals(Optional.of(Path.of("g")), options.graph());
        assertEquals(Map.of(), options.catalogs());
        assertEquals(Optional.empty(), options.timeout());
        assertEquals(OutputFormat.TABLE, options.format());
        assertEquals(Map.of(), options.parameters());
        assertEquals(CsvOptions.DEFAULTS, options.csv());
        assertEquals(Optional.of("RETURN 1"), options.query());
        assertEquals(Optional.empty(), options.file());
        assertFalse(options.verbose());
    }

    @Test
    void optionsTakeTheirValueNextOrAfterEquals() throws UsageException {
        QueryOptions options = query("--verbose", "query", "--format=json", "--graph=g", "--delimiter", "TAB",
                "--array-delimiter=|", "--file", "s.cypher");
        assertEquals(OutputFormat.JSON, options.format());
        assertEquals(new CsvOptions('\t', '|'), options.csv());
        assertEquals(Optional.of(Path.of("s.cypher")), options.file());
        assertTrue(options.verbose());
    }

    @Test
    void parametersAreCypherLiteralsAndBareWordsAreStrings() throws UsageException {
        QueryOptions options = query("query", "--graph", "g", "--param", "n=42", "--param", "name=Alice Smith",
                "--param", "$s='x'", "--param", "xs=[1, 2.5]", "--param", "m={a: null}", "--param", "none=null",
                "--param", "empty=", "--param", "eq=a=b", "RETURN $n");
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("n", 42L);
        expected.put("name", "Alice Smith");
        expected.put("s", "x");
        expected.put("xs", List.of(1L, 2.5));
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("a", null);
        expected.put("m", m);
        expected.put("none", null);
        expected.put("empty", "");
        expected.put("eq", "a=b");
        assertEquals(expected, options.parameters());
    }

    @Test
    void afterDoubleDashEverythingIsTheQuery() throws UsageException {
        assertEquals(Optional.of("--not-an-option"), query("query", "--graph", "g", "--", "--not-an-option").query());
    }

    @Test
    void catalogsAreNamedByTheirDirectoryOrExplicitly() throws UsageException {
        QueryOptions options = query("query", "--catalog", "data/graphs", "--catalog=old=/tmp/x", "RETURN 1");
        assertEquals(Optional.empty(), options.graph());
        assertEquals(Map.of("graphs", Path.of("data/graphs"), "old", Path.of("/tmp/x")), options.catalogs());
    }

    @Test
    void timeoutsTakeAUnit() throws UsageException {
        assertEquals(Optional.of(java.time.Duration.ofSeconds(30)), query("query", "--graph", "g", "--timeout", "30",
                "q").timeout());
        assertEquals(Optional.of(java.time.Duration.ofMillis(500)), query("query", "--graph", "g", "--timeout=500ms",
                "q").timeout());
        assertEquals(Optional.of(java.time.Duration.ofMinutes(2)), query("query", "--graph", "g", "--timeout", "2m",
                "q").timeout());
    }

    @Test
    void helpAndVersion() throws UsageException {
        assertEquals(new Invocation.Help(HelpText.MAIN), CommandLineParser.parse(new String[] {"--help"}));
        assertEquals(new Invocation.Help(HelpText.QUERY),
                CommandLineParser.parse(new String[] {"query", "--graph", "g", "-h"}));
        assertEquals(new Invocation.Version(), CommandLineParser.parse(new String[] {"--version"}));
    }

    @Test
    void mistakesSayWhatIsWrong() {
        assertUsage("no command given; usage: quiver query --graph DIR [options] (QUERY | --file FILE)");
        assertUsage("unknown command 'qurey'", "qurey");
        assertUsage("unknown option '--bogus'", "query", "--bogus");
        assertUsage("unknown option '--grpah'", "query", "--grpah=g", "RETURN 1");
        assertUsage("missing --graph DIR (or --catalog DIR); usage: quiver query --graph DIR [options] (QUERY | --file FILE)",
                "query", "RETURN 1");
        assertUsage("missing query; usage: quiver query --graph DIR [options] (QUERY | --file FILE)",
                "query", "--graph", "g");
        assertUsage("option --graph needs a value", "query", "--graph");
        assertUsage("more than one query given; put the query in quotes", "query", "--graph", "g", "MATCH", "(n)");
        assertUsage("give a QUERY or --file FILE, not both", "query", "--graph", "g", "--file", "f", "RETURN 1");
        assertUsage("unknown format 'xml'; expected table|json|csv|arrow", "query", "--graph", "g", "--format", "xml", "q");
        assertUsage("--param needs NAME=VALUE, got 'x'", "query", "--graph", "g", "--param", "x", "q");
        assertUsage("--param: 'a b' is not a parameter name", "query", "--graph", "g", "--param", "a b=1", "q");
        assertUsage("--param x given twice", "query", "--graph", "g", "--param", "x=1", "--param", "x=2", "q");
        assertUsage("--param xs: expected ']' at character 3", "query", "--graph", "g", "--param", "xs=[1", "q");
        assertUsage("--delimiter takes one character (or TAB), got ';;'", "query", "--graph", "g",
                "--delimiter", ";;", "q");
        assertUsage("--delimiter/--array-delimiter: the field and array delimiters must differ",
                "query", "--graph", "g", "--delimiter", ";", "q");
        assertUsage("--timeout takes a positive duration such as 30s, 500ms, 2m or 1h, got '0s'",
                "query", "--graph", "g", "--timeout", "0s", "q");
        assertUsage("--timeout takes a positive duration such as 30s, 500ms, 2m or 1h, got 'soon'",
                "query", "--graph", "g", "--timeout", "soon", "q");
        assertUsage("--catalog: 'session' is the namespace of the session's own graphs; give another as"
                + " --catalog NAME=DIR", "query", "--catalog", "x/session", "q");
        assertUsage("--catalog: '1st' cannot name a namespace (letters, digits and _, not starting with a digit);"
                + " give one as --catalog NAME=DIR", "query", "--catalog", "1st", "q");
        assertUsage("--catalog g given twice", "query", "--catalog", "a/g", "--catalog", "b/g", "q");
        assertUsage("--format arrow writes a binary file: give it --output FILE", "query", "--graph", "g",
                "--format", "arrow", "q");
    }

    @Test
    void outputNamesTheFileOfAnyFormat() throws UsageException {
        QueryOptions arrow = query("query", "--graph", "g", "--format", "arrow", "--output", "r.arrow", "RETURN 1");
        assertEquals(OutputFormat.ARROW, arrow.format());
        assertEquals(Optional.of(Path.of("r.arrow")), arrow.output());
        assertEquals(Optional.of(Path.of("r.csv")), query("query", "--graph", "g", "--format=csv", "--output=r.csv",
                "RETURN 1").output());
        assertEquals(Optional.empty(), query("query", "--graph", "g", "RETURN 1").output());
    }

    @Test
    void theShellTakesAGraphCatalogsAndATimeout() throws UsageException {
        ShellOptions options = assertInstanceOf(Invocation.Shell.class, CommandLineParser.parse(new String[] {
                "shell", "--graph", "g", "--catalog", "db=stored", "--timeout", "2m", "--verbose"})).options();
        assertEquals(Optional.of(Path.of("g")), options.graph());
        assertEquals(java.util.Map.of("db", Path.of("stored")), options.catalogs());
        assertEquals(Optional.of(java.time.Duration.ofMinutes(2)), options.timeout());
        assertTrue(options.verbose());
        assertInstanceOf(Invocation.Shell.class, CommandLineParser.parse(new String[] {"shell"}));
        assertUsage("quiver shell reads its queries from the terminal; usage: quiver shell [--graph DIR]"
                + " [--catalog [NAME=]DIR] [--timeout T]", "shell", "RETURN 1");
    }

    @Test
    void schemaNamesAGraphDirectoryOrACatalogGraph() throws UsageException {
        SchemaOptions byDirectory = assertInstanceOf(Invocation.Schema.class, CommandLineParser.parse(
                new String[] {"schema", "--graph", "g", "--format=dot"})).options();
        assertEquals(Optional.of(Path.of("g")), byDirectory.graph());
        assertEquals("dot", byDirectory.format());
        SchemaOptions byName = assertInstanceOf(Invocation.Schema.class, CommandLineParser.parse(
                new String[] {"schema", "--catalog", "db=stored", "--name", "social"})).options();
        assertEquals(Optional.of("db.social"), byName.name());
        assertEquals("text", byName.format());
        assertUsage("unknown schema format 'png'; expected text|dot|svg", "schema", "--graph", "g", "--format", "png");
        assertUsage("--name needs --catalog DIR; usage: quiver schema (--graph DIR | --catalog DIR --name G)"
                + " [--format text|dot|svg]", "schema", "--name", "g");
    }

    private static QueryOptions query(String... args) throws UsageException {
        return assertInstanceOf(Invocation.Query.class, CommandLineParser.parse(args)).options();
    }

    private static void assertUsage(String message, String... args) {
        UsageException e = assertThrows(UsageException.class, () -> CommandLineParser.parse(args), Arrays.toString(args));
        assertEquals(message, e.getMessage());
    }
}
