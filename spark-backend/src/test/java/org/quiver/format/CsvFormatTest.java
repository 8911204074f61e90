package org.quiver.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringWriter;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.quiver.api.CypherResult;
import org.quiver.planner.types.CypherType;
import org.quiver.testing.TestResults;

class CsvFormatTest {

    @Test
    void headerThenRowsQuotedOnlyWhereNeeded() throws IOException {
        CypherResult result = TestResults.of("SELECT * FROM VALUES "
                        + "('plain', CAST(1 AS BIGINT), 1.5D, true), "
                        + "('a,b', CAST(-2 AS BIGINT), CAST('NaN' AS DOUBLE), false), "
                        + "('say \"hi\"', NULL, NULL, NULL), "
                        + "('two\nlines', CAST(0 AS BIGINT), 1.0E10D, NULL), "
                        + "('', CAST(0 AS BIGINT), 0.0D, NULL) AS t(`s`, `n.count`, f, b)",
                CypherType.STRING, CypherType.INTEGER, CypherType.FLOAT, CypherType.BOOLEAN);
        assertEquals("""
                s,n.count,f,b
                plain,1,1.5,true
                "a,b",-2,NaN,false
                "say ""hi\"\"",,,
                "two
                lines",0,1.0E10,
                "",0,0.0,
                """, csv(result));
    }

    @Test
    void nestedValuesAreTheirJsonText() throws IOException {
        CypherResult result = TestResults.of("SELECT array('x', 'y') AS l, array(CAST(1 AS BIGINT)) AS one",
                CypherType.listOf(CypherType.STRING), CypherType.listOf(CypherType.INTEGER));
        assertEquals("l,one\n\"[\"\"x\"\",\"\"y\"\"]\",[1]\n", csv(result));
    }

    @Test
    void columnNamesAreQuotedToo() throws IOException {
        CypherResult result = TestResults.of("SELECT 1L AS `a, b`", CypherType.INTEGER);
        assertEquals("\"a, b\"\n1\n", csv(result));
    }

    private static String csv(CypherResult result) throws IOException {
        StringWriter out = new StringWriter();
        new CsvFormat().write(result, Duration.ZERO, out);
        return out.toString();
    }
}
