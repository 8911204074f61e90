package org.quiver.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quiver.parser.Ast.S;
import static org.quiver.parser.Ast.call;
import static org.quiver.parser.Ast.clauses;
import static org.quiver.parser.Ast.expr;
import static org.quiver.parser.Ast.lit;
import static org.quiver.parser.Ast.node;
import static org.quiver.parser.Ast.param;
import static org.quiver.parser.Ast.part;
import static org.quiver.parser.Ast.path;
import static org.quiver.parser.Ast.pattern;
import static org.quiver.parser.Ast.prop;
import static org.quiver.parser.Ast.rel;
import static org.quiver.parser.Ast.var;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quiver.parser.ast.CallProcedure;
import org.quiver.parser.ast.CallSubquery;
import org.quiver.parser.error.UnsupportedFeature;
import org.quiver.parser.ast.CloneItem;
import org.quiver.parser.ast.CollectSubquery;
import org.quiver.parser.ast.Construct;
import org.quiver.parser.ast.CountSubquery;
import org.quiver.parser.ast.Create;
import org.quiver.parser.ast.CreateGraph;
import org.quiver.parser.ast.CreateView;
import org.quiver.parser.ast.DropGraph;
import org.quiver.parser.ast.ExistsSubquery;
import org.quiver.parser.ast.Foreach;
import org.quiver.parser.ast.FromGraph;
import org.quiver.parser.ast.FunctionCall;
import org.quiver.parser.ast.GraphName;
import org.quiver.parser.ast.Match;
import org.quiver.parser.ast.PatternPart;
import org.quiver.parser.ast.RelationshipPattern.Direction;
import org.quiver.parser.ast.Return;
import org.quiver.parser.ast.ReturnGraph;
import org.quiver.parser.ast.SetClause;
import org.quiver.parser.ast.SetItem;
import org.quiver.parser.ast.ShortestPathExpression;
import org.quiver.parser.ast.SubqueryBody;
import org.quiver.parser.ast.UseGraph;
import org.quiver.parser.ast.YieldItem;
import org.quiver.parser.error.SyntaxError;

/** Neo4j 5 subqueries, CALL, FOREACH, shortestPath as an expression, and the multiple-graph syntax. */
class SubqueryAndGraphClauseTest {

    @Test
    void existsWithAPatternAndWhere() {
        var exists = (ExistsSubquery) expr("EXISTS { (n)-->(m) WHERE m.x > 1 }");
        var body = (SubqueryBody.PatternBody) exists.body();
        assertEquals(pattern(part(path(node("n"), rel(Direction.OUTGOING, null), node("m")))), body.pattern());
        assertEquals(Optional.of(Ast.bin(org.quiver.parser.ast.BinaryOperator.GREATER_THAN, prop("m", "x"), lit(1))),
                body.where());
    }

    @Test
    void existsAndCountWithAWholeQuery() {
        var exists = (ExistsSubquery) expr("exists { MATCH (n)-->(m) RETURN m }");
        assertInstanceOf(SubqueryBody.QueryBody.class, exists.body());
        var count = (CountSubquery) expr("COUNT { MATCH (n) }");
        assertInstanceOf(Match.class, ((SubqueryBody.QueryBody) count.body()).query().first().clauses().get(0));
        var collect = (CollectSubquery) expr("COLLECT { MATCH (n) RETURN n.x }");
        assertInstanceOf(Return.class, collect.query().first().clauses().get(1));
    }

    @Test
    void oldExistsCountAndCollectStayFunctions() {
        assertEquals(call("exists", prop("n", "p")), expr("exists(n.p)"));
        assertEquals(call("collect", var("x")), expr("collect(x)"));
        assertEquals(call("count", var("x")), expr("count(x)"));
        assertInstanceOf(org.quiver.parser.ast.MapProjection.class, expr("count{.x}"));
    }

    @Test
    void shortestPathIsAnExpression() {
        var shortest = (ShortestPathExpression) expr("shortestPath((a)-[*]-(b))");
        assertEquals(PatternPart.PathSelector.SHORTEST, shortest.pattern().selector());
        var all = (ShortestPathExpression) expr("allShortestPaths((a)-->(b))");
        assertEquals(PatternPart.PathSelector.ALL_SHORTEST, all.pattern().selector());
    }

    @Test
    void callSubqueryAndProcedures() {
        var sub = (CallSubquery) clauses("MATCH (n) CALL { WITH n RETURN n.x AS x } RETURN x").get(1);
        assertEquals(2, sub.query().first().clauses().size());

        var proc = (CallProcedure) clauses("CALL test.my.proc('a', 1) YIELD out AS o, other WHERE o > 1 RETURN o")
                .get(0);
        assertEquals("test.my", proc.namespace());
        assertEquals("proc", proc.name());
        assertEquals(Optional.of(List.of(Ast.str("a"), lit(1))), proc.arguments());
        assertEquals(List.of(new YieldItem("out", Optional.of(var("o")), S), new YieldItem("other", Optional.empty(), S)),
                proc.yields());

        var bare = (CallProcedure) clauses("CALL test.doNothing").get(0);
        assertEquals(Optional.empty(), bare.arguments());
        var star = (CallProcedure) clauses("CALL db.labels() YIELD *").get(0);
        assertEquals(Optional.of(List.of()), star.arguments());
        assertEquals(true, star.yieldAll());
    }

    @Test
    void callSubqueryScopeClauses() {
        var listed = (CallSubquery) clauses("MATCH (a), (b) CALL (a, b) { RETURN a.x AS x } RETURN x").get(1);
        assertEquals(Optional.of(List.of(var("a"), var("b"))), listed.scope());
        assertEquals(false, listed.importsAll());
        var all = (CallSubquery) clauses("MATCH (a) CALL (*) { RETURN a.x AS x } RETURN x").get(1);
        assertEquals(Optional.of(List.of()), all.scope());
        assertEquals(true, all.importsAll());
        var none = (CallSubquery) clauses("MATCH (a) CALL () { RETURN 1 AS x } RETURN x").get(1);
        assertEquals(Optional.of(List.of()), none.scope());
        assertEquals(false, none.importsAll());
        var plain = (CallSubquery) clauses("MATCH (a) CALL { RETURN 1 AS x } RETURN x").get(1);
        assertEquals(Optional.empty(), plain.scope());
    }

    @Test
    void callSubqueryInTransactionsIsRefusedByName() {
        UnsupportedFeature e = assertThrows(UnsupportedFeature.class,
                () -> QueryParser.parse("UNWIND [1] AS i CALL { WITH i CREATE (:N) } IN TRANSACTIONS"));
        assertEquals(1, e.span().orElseThrow().line());
        assertEquals(17, e.span().orElseThrow().column());
        assertThrows(SyntaxError.class, () -> QueryParser.parse("CALL { RETURN 1 AS x } IN BATCHES RETURN x"));
    }

    @Test
    void foreachHoldsUpdatingClauses() {
        var foreach = (Foreach) clauses("FOREACH (x IN [1, 2] | CREATE (:N {v: x}) SET x.seen = true)").get(0);
        assertEquals(var("x"), foreach.variable());
        assertInstanceOf(Create.class, foreach.body().get(0));
        assertInstanceOf(SetClause.class, foreach.body().get(1));
        assertThrows(SyntaxError.class, () -> QueryParser.parse("FOREACH (x IN [1] | RETURN x)"));
    }

    @Test
    void multipleGraphClauses() {
        var parsed = clauses("FROM GRAPH `my ns`.`g 1` MATCH (a) CONSTRUCT ON g1, ns.g2 CLONE a AS b, c"
                + " CREATE (b)-[:R]->(c) SET b.x = 1 CREATE (:New) RETURN GRAPH");
        assertEquals(new FromGraph(new GraphName(List.of("my ns", "g 1"), S), S), parsed.get(0));
        var construct = (Construct) parsed.get(2);
        assertEquals(List.of(new GraphName(List.of("g1"), S), new GraphName(List.of("ns", "g2"), S)), construct.on());
        assertEquals(List.of(new CloneItem(var("a"), Optional.of(var("b")), S),
                new CloneItem(var("c"), Optional.empty(), S)), construct.clones());
        assertEquals(3, construct.updates().size());
        assertInstanceOf(SetItem.SetProperty.class, ((SetClause) construct.updates().get(1)).items().get(0));
        assertEquals(new ReturnGraph(S), parsed.get(3));
        assertEquals(new UseGraph(new GraphName(List.of("social"), S), S), clauses("USE social MATCH (n) RETURN n").get(0));
    }

    @Test
    void viewsAppliedToGraphsAndViewParameters() {
        var from = (FromGraph) clauses("FROM GRAPH friendsOf(session.social, $g) MATCH (n) RETURN n").get(0);
        var social = new GraphName(List.of("session", "social"), S);
        var g = new GraphName(List.of("g"), List.of(), true, S);
        assertEquals(new GraphName(List.of("friendsOf"), List.of(social, g), false, S), from.graph());
        var construct = (Construct) clauses("CONSTRUCT ON $g, v() RETURN GRAPH").get(0);
        assertEquals(List.of(g, new GraphName(List.of("v"), List.of(), false, S)), construct.on());
        assertThrows(SyntaxError.class, () -> QueryParser.parse("CATALOG DROP GRAPH $g"));
    }

    @Test
    void storedVersionsOfAGraph() {
        var from = (FromGraph) clauses("FROM GRAPH archive.social@3 MATCH (n) RETURN n").get(0);
        assertEquals(new GraphName(List.of("archive", "social"), List.of(), false, java.util.OptionalLong.of(3), S),
                from.graph());
        assertEquals("archive.social@3", from.graph().text());
        var construct = (Construct) clauses("CONSTRUCT ON g@1, h RETURN GRAPH").get(0);
        assertEquals(java.util.OptionalLong.of(1), construct.on().get(0).version());
        assertThrows(SyntaxError.class, () -> QueryParser.parse("FROM GRAPH v(g)@2 RETURN 1"));
        assertThrows(SyntaxError.class, () -> QueryParser.parse("CATALOG CREATE GRAPH g@2 { FROM h RETURN GRAPH }"));
        assertThrows(SyntaxError.class, () -> QueryParser.parse("FROM GRAPH g@x RETURN 1"));
    }

    @Test
    void returnOfAVariableNamedGraph() {
        assertInstanceOf(Return.class, clauses("MATCH (graph) RETURN graph.name").get(1));
        assertInstanceOf(Return.class, clauses("MATCH (graph) RETURN `graph`").get(1));
    }

    @Test
    void catalogStatements() {
        var create = (CreateGraph) QueryParser.parse("CATALOG CREATE GRAPH ns.g { FROM g0 RETURN GRAPH }");
        assertEquals(List.of("ns", "g"), create.name().parts());
        var view = (CreateView) QueryParser.parse("CATALOG CREATE VIEW v($a, $b) { FROM g RETURN GRAPH }");
        assertEquals(List.of(param("a"), param("b")), view.parameters());
        assertEquals(new DropGraph(new GraphName(List.of("g"), S), S), QueryParser.parse("CATALOG DROP GRAPH g"));
    }

    @Test
    void typographicDashesAndArrowHeads() {
        var expected = clauses("MATCH (a)<-[:T]-(b)-->(c) RETURN a");
        assertEquals(expected, clauses("MATCH (a)\u27E8\u2014[:T]\u2013(b)\u2212\uFF0D\uFF1E(c) RETURN a"));
        assertEquals(expected, clauses("MATCH (a)\u3008\u00AD[:T]\u2010(b)\uFE58\uFE63\u3009(c) RETURN a"));
    }

    @Test
    void printsBackNewConstructs() {
        for (String query : List.of(
                "MATCH (n) WHERE EXISTS { (n)-->(m) WHERE m.x > 1 } RETURN COUNT { MATCH (n)--() } AS c",
                "MATCH (a), (b) RETURN shortestPath((a)-[*]-(b)) AS p, COLLECT { MATCH (a)-->(x) RETURN x } AS xs",
                "UNWIND [1] AS i CALL { WITH i RETURN i * 2 AS j } CALL db.x YIELD y AS z WHERE z > 0 RETURN j, z",
                "UNWIND [1] AS i CALL (i) { RETURN i AS j UNION RETURN 2 AS j } CALL (*) { RETURN 3 AS k } RETURN j, k",
                "FOREACH (x IN [1] | FOREACH (y IN [x] | MERGE (:N {v: y}) ON CREATE SET x.a = 1))",
                "FROM GRAPH `my ns`.`g 1` MATCH (a) CONSTRUCT ON g CLONE a AS b CREATE (b)-->() RETURN GRAPH",
                "FROM GRAPH ns.g@12 MATCH (a) CONSTRUCT ON g@1, h CLONE a RETURN GRAPH",
                "CATALOG CREATE VIEW v($a) { FROM g MATCH (n) CONSTRUCT CLONE n RETURN GRAPH }")) {
            var ast = QueryParser.parse(query);
            assertEquals(ast, QueryParser.parse(AstPrinter.print(ast)), AstPrinter.print(ast));
        }
        FunctionCall f = (FunctionCall) expr("`shortestPath`((a)-->(b))");
        assertEquals(f, expr(AstPrinter.print(f)));
    }
}
