package org.quiver.parser;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;

import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Common queries must parse in the fast first stage, without the full-context fallback. */
class SllPredictionTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "MATCH (n:Person {name: 'Ann'})-[:KNOWS*1..3]->(m) WHERE m.age > 30 RETURN m.name AS name ORDER BY name",
        "MATCH (a)-->(b) WHERE (a)-[:T]->(:B) AND NOT (b)<--() RETURN count(*)",
        "MATCH p = shortestPath((a)-[*]-(b)) RETURN nodes(p), length(p)",
        "OPTIONAL MATCH (n) WITH n, count(n) AS c WHERE c > 1 RETURN n{.name, .*, c} LIMIT 10",
        "UNWIND [1, 2, 3] AS x RETURN [y IN range(1, x) WHERE y % 2 = 0 | y * 2] AS evens",
        "MATCH (n) RETURN [(n)-->(m) WHERE m:Leaf | m.name], reduce(s = 0, x IN [1, 2] | s + x)",
        "MATCH (n) RETURN CASE WHEN n.x IS NULL THEN 0 ELSE n.x END, all(x IN n.l WHERE x > 0)",
        "MERGE (a:A {id: $id}) ON CREATE SET a.created = timestamp() ON MATCH SET a += $props RETURN a",
        "MATCH (a), (b) CREATE (a)-[:T {w: 1}]->(b) SET a:Seen REMOVE b.tmp DETACH DELETE b",
        "RETURN 1 < 2 < 3, 'a' STARTS WITH 'b', [1, 2][0..1], -9223372036854775808, date.truncate('day', d)",
        "MATCH (o:Order)-[:IN]->(c:Match) WITH o AS count, c AS type RETURN count, type UNION ALL RETURN 1, 2",
        "EXPLAIN MATCH (n) WHERE n:A:B AND n:(C|D) RETURN DISTINCT n.end, (n).x;",
    })
    void parsesWithSllAlone(String query) {
        CypherParser parser = new CypherParser(new CommonTokenStream(new CypherLexer(CharStreams.fromString(query))));
        parser.removeErrorListeners();
        parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
        parser.setErrorHandler(new BailErrorStrategy());
        assertDoesNotThrow(parser::statement);
        assertDoesNotThrow(() -> QueryParser.parse(query));
    }
}
