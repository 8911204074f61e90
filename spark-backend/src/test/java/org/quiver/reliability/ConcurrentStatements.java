package org.quiver.reliability;

import java.util.List;
import java.util.function.Function;
import org.quiver.api.CypherResult;
import org.quiver.api.PropertyGraph;
import org.quiver.api.QuiverSession;

/**
 * The statements the concurrency tests run: reads, updates that return a new graph version,
 * graph construction and catalog graphs. Each gives a canonical answer (fully ordered rows, or the
 * rows of a query over the graph it made), so a run can be compared with a sequential one.
 */
final class ConcurrentStatements {
    static final String BASE = "session.reliability_base";

    /** Every node and relationship with its id, labels or type and properties, in id order. */
    static final String DUMP = "MATCH (n) OPTIONAL MATCH (n)-[r]->(m)"
            + " RETURN id(n), labels(n), properties(n), id(r), type(r), properties(r), id(m) ORDER BY id(n), id(r)";

    private static final String BASE_GRAPH = "UNWIND range(0, 11) AS i"
            + " CREATE (:Person {name: 'p' + i, group: i % 3, v: i * 7 % 5})"
            + " WITH count(*) AS made"
            + " MATCH (a:Person), (b:Person) WHERE (a.v + b.v) % 4 = 1 AND a.name < b.name"
            + " CREATE (a)-[:KNOWS {w: a.v * b.v}]->(b)";

    /** One statement: what it is called in a failure message, and how to run it to an answer. */
    record Statement(String name, Function<Run, List<List<Object>>> answer) {
    }

    /** Where a statement runs: the session, and a name unique to this run for catalog graphs. */
    record Run(QuiverSession quiver, String unique) {
        List<List<Object>> rows(String query) {
            return quiver.cypher(query).rows();
        }

        List<List<Object>> dump(CypherResult result) {
            return quiver.cypher(result.graph(), DUMP).rows();
        }

        PropertyGraph base() {
            return quiver.graph(BASE).orElseThrow();
        }
    }

    private ConcurrentStatements() {
    }

    static void storeBaseGraph(QuiverSession quiver) {
        quiver.store(BASE, quiver.cypher(quiver.emptyGraph(), BASE_GRAPH).graph());
    }

    static List<Statement> all() {
        return List.of(
                read("expand", "MATCH (a:Person)-[k:KNOWS]->(b) RETURN a.name, k.w, b.name ORDER BY a.name, b.name"),
                read("aggregate", "MATCH (a:Person) OPTIONAL MATCH (a)-[:KNOWS]-(b)"
                        + " RETURN a.group AS g, count(b) AS c, sum(a.v) AS s, collect(DISTINCT a.v) AS vs ORDER BY g"),
                read("var-length", "MATCH p = (a:Person {name: 'p0'})-[:KNOWS*1..3]-(b)"
                        + " RETURN b.name AS n, length(p) AS l, count(*) AS c ORDER BY n, l"),
                read("order-limit", "MATCH (a:Person) RETURN a.name, a.v ORDER BY a.v DESC, a.name SKIP 2 LIMIT 5"),
                new Statement("create", run -> run.dump(run.quiver().cypher(run.base(),
                        "MATCH (a:Person) WHERE a.v > 2 CREATE (a)-[:LIKES {since: a.v}]->(:Thing {of: a.name})"))),
                new Statement("set", run -> run.dump(run.quiver().cypher(run.base(),
                        "MATCH (a:Person)-[k:KNOWS]->() SET a.v = a.v + k.w, k.seen = true"))),
                new Statement("merge", run -> run.dump(run.quiver().cypher(run.base(),
                        "UNWIND [0, 1, 2, 3] AS g MERGE (x:Group {g: g}) WITH x MATCH (p:Person {group: x.g})"
                                + " MERGE (p)-[:IN]->(x)"))),
                new Statement("delete", run -> run.dump(run.quiver().cypher(run.base(),
                        "MATCH (a:Person) WHERE a.group = 1 DETACH DELETE a"))),
                new Statement("construct", run -> run.dump(run.quiver().cypher("FROM GRAPH " + BASE
                        + " MATCH (a:Person)-[:KNOWS]->(b) WHERE a.group <> b.group"
                        + " CONSTRUCT CREATE (a)-[:BRIDGE]->(:Hub {from: a.name})-[:BRIDGE]->(b) RETURN GRAPH"))),
                new Statement("catalog", run -> {
                    String name = "session.reliability_" + run.unique();
                    run.rows("CATALOG CREATE GRAPH " + name + " { FROM GRAPH " + BASE
                            + " MATCH (a:Person) WHERE a.v >= 2 CONSTRUCT CLONE a CREATE (a)-[:SELF]->(a) RETURN GRAPH }");
                    List<List<Object>> rows = run.rows("FROM GRAPH " + name + " " + DUMP);
                    run.rows("CATALOG DROP GRAPH " + name);
                    return rows;
                }));
    }

    private static Statement read(String name, String query) {
        return new Statement(name, run -> run.quiver().cypher(run.base(), query).rows());
    }
}
