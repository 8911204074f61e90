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

class JsonFormatTest {

    @Test
    void oneObjectWithColumnsAndRowsOnOneLine() throws IOException {
        CypherResult result = TestResults.of(
                "SELECT * FROM VALUES (CAST(1 AS BIGINT), 1.0D, 'a\"b'), (CAST(-2 AS BIGINT), 0.1D, NULL) AS t(i, f, s)",
                CypherType.INTEGER, CypherType.FLOAT, CypherType.STRING);
        assertEquals("{\"columns\":[\"i\",\"f\",\"s\"],\"rows\":[[1,1.0,\"a\\\"b\"],[-2,0.1,null]]}\n", json(result));
    }

    @Test
    void noRows() throws IOException {
        CypherResult result = TestResults.of("SELECT CAST(1 AS BIGINT) AS `count(n)` WHERE false", CypherType.INTEGER);
        assertEquals("{\"columns\":[\"count(n)\"],\"rows\":[]}\n", json(result));
    }

    @Test
    void nonFiniteFloatsAsStrings() throws IOException {
        CypherResult result = TestResults.of("SELECT CAST('NaN' AS DOUBLE) AS n, CAST('-Infinity' AS DOUBLE) AS m",
                CypherType.FLOAT, CypherType.FLOAT);
        assertEquals("{\"columns\":[\"n\",\"m\"],\"rows\":[[\"NaN\",\"-Infinity\"]]}\n", json(result));
    }

    @Test
    void listsMapsNodesAndRelationships() throws IOException {
        CypherResult result = TestResults.of("SELECT array(CAST(1 AS BIGINT), 2) AS l, "
                        + "named_struct('a', CAST(1 AS BIGINT), 'b', array('x')) AS m, "
                        + node(5, "array('Person')", "named_struct('name', 'Alice', 'age', CAST(33 AS BIGINT))") + " AS p, "
                        + "named_struct('id', CAST(9 AS BIGINT), 'type', 'KNOWS', 'start', CAST(5 AS BIGINT), "
                        + "'end', CAST(6 AS BIGINT), 'properties', named_struct('since', CAST(NULL AS BIGINT))) AS r",
                CypherType.listOf(CypherType.INTEGER), CypherType.MAP, CypherType.NODE, CypherType.RELATIONSHIP);
        assertEquals("{\"columns\":[\"l\",\"m\",\"p\",\"r\"],\"rows\":[[[1,2],{\"a\":1,\"b\":[\"x\"]},"
                + "{\"id\":5,\"labels\":[\"Person\"],\"properties\":{\"age\":33,\"name\":\"Alice\"}},"
                + "{\"id\":9,\"type\":\"KNOWS\",\"start\":5,\"end\":6,\"properties\":{}}]]}\n", json(result));
    }

    private static String json(CypherResult result) throws IOException {
        StringWriter out = new StringWriter();
        new JsonFormat().write(result, Duration.ofMillis(5), out);
        return out.toString();
    }
}
