package org.quiver.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quiver.testing.TestResults.node;

import java.io.IOException;
import java.io.StringWriter;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.quiver.api.CypherResult;
import org.quiver.planner.types.CypherType;
import org.quiver.testing.TestResults;

class TableFormatTest {

    @Test
    void columnsAreAlignedToTheWidestCell() throws IOException {
        CypherResult result = TestResults.of(
                "SELECT * FROM VALUES ('Alice', CAST(2 AS BIGINT)), ('Bo', CAST(10 AS BIGINT)) AS t(`p.name`, `count(f)`)",
                CypherType.STRING, CypherType.INTEGER);
        assertEquals("""
                +---------+----------+
                | p.name  | count(f) |
                +---------+----------+
                | "Alice" | 2        |
                | "Bo"    | 10       |
                +---------+----------+

                2 rows (35 ms)
                """, table(result, 35));
    }

    @Test
    void oneRowIsARowAndNodesReadLikeCypher() throws IOException {
        CypherResult result = TestResults.of("SELECT " + node(1, "array('Person')",
                "named_struct('name', 'Alice', 'age', CAST(33 AS BIGINT))") + " AS p, CAST(NULL AS DOUBLE) AS x",
                CypherType.NODE, CypherType.FLOAT);
        assertEquals("""
                +------------------------------------+------+
                | p                                  | x    |
                +------------------------------------+------+
                | (:Person {age: 33, name: "Alice"}) | null |
                +------------------------------------+------+

                1 row (0 ms)
                """, table(result, 0));
    }

    @Test
    void noRowsShowsTheHeader() throws IOException {
        CypherResult result = TestResults.of("SELECT 'x' AS name WHERE false", CypherType.STRING);
        assertEquals("""
                +------+
                | name |
                +------+

                0 rows (12 ms)
                """, table(result, 12));
    }

    @Test
    void widthsCountCodePointsNotChars() throws IOException {
        CypherResult result = TestResults.of("SELECT '😀😀' AS e UNION ALL SELECT 'abcd'", CypherType.STRING);
        assertEquals("""
                +--------+
                | e      |
                +--------+
                | "😀😀"   |
                | "abcd" |
                +--------+

                2 rows (1 ms)
                """, table(result, 1));
    }

    @Test
    void aTableGivenAWidthCutsItsWidestColumn() throws IOException {
        CypherResult result = TestResults.of("SELECT 'a long piece of text' AS t, 1 AS n", CypherType.STRING,
                CypherType.INTEGER);
        StringWriter out = new StringWriter();
        new TableFormat(20, true).write(result, Duration.ofMillis(1), out);
        assertEquals("""
                +--------------+---+
                | t            | n |
                +--------------+---+
                | "a long pie… | 1 |
                +--------------+---+

                1 row (1 ms)
                """, out.toString());
    }

    private static String table(CypherResult result, long millis) throws IOException {
        StringWriter out = new StringWriter();
        new TableFormat().write(result, Duration.ofMillis(millis), out);
        return out.toString();
    }
}
