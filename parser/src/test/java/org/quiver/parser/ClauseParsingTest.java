package org.quiver.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quiver.parser.Ast.*;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quiver.parser.ast.BinaryOperator;
import org.quiver.parser.ast.Create;
import org.quiver.parser.ast.Delete;
import org.quiver.parser.ast.ExecutionMode;
import org.quiver.parser.ast.Match;
import org.quiver.parser.ast.Merge;
import org.quiver.parser.ast.MergeAction;
import org.quiver.parser.ast.Projection;
import org.quiver.parser.ast.Query;
import org.quiver.parser.ast.Remove;
import org.quiver.parser.ast.RemoveItem;
import org.quiver.parser.ast.Return;
import org.quiver.parser.ast.SetClause;
import org.quiver.parser.ast.SetItem;
import org.quiver.parser.ast.SortItem;
import org.quiver.parser.ast.UnionPart;
import org.quiver.parser.ast.Unwind;
import org.quiver.parser.ast.With;
import org.quiver.parser.ast.RelationshipPattern.Direction;

class ClauseParsingTest {

    @Test
    void matchReturn() {
        assertEquals(query(match(part(path(node("n", "Person")))), ret(prop("n", "name"))),
                parse("MATCH (n:Person) RETURN n.name"));
    }

    @Test
    void optionalMatchWithWhere() {
        assertEquals(new Match(true, pattern(part(path(node("n")))),
                Optional.of(bin(BinaryOperator.EQUALS, prop("n", "x"), lit(1))), S),
                clauses("OPTIONAL MATCH (n) WHERE n.x = 1 RETURN n").get(0));
    }

    @Test
    void unwind() {
        assertEquals(new Unwind(list(lit(1), lit(2)), var("x"), S), clauses("UNWIND [1, 2] AS x RETURN x").get(0));
    }

    @Test
    void withEverything() {
        var projection = new Projection(true, false, List.of(item(var("a"), "b")),
                List.of(new SortItem(var("b"), true, S), new SortItem(var("c"), false, S)),
                Optional.of(lit(1)), Optional.of(lit(2)), S);
        assertEquals(new With(projection, Optional.of(var("b")), S),
                clauses("WITH DISTINCT a AS b ORDER BY b DESC, c ASC SKIP 1 LIMIT 2 WHERE b RETURN b").get(0));
    }

    @Test
    void sortDirectionsInFull() {
        var ret = (Return) clauses("RETURN a ORDER BY a DESCENDING, b ASCENDING, c").get(0);
        assertEquals(List.of(new SortItem(var("a"), true, S), new SortItem(var("b"), false, S),
                new SortItem(var("c"), false, S)), ret.projection().orderBy());
    }

    @Test
    void returnStar() {
        var star = (Return) clauses("MATCH (n) RETURN *").get(1);
        assertEquals(new Projection(false, true, List.of(), List.of(), Optional.empty(), Optional.empty(), S),
                star.projection());
        var starAndMore = (Return) clauses("MATCH (n) RETURN *, n.x AS x").get(1);
        assertEquals(List.of(item(prop("n", "x"), "x")), starAndMore.projection().items());
    }

    @Test
    void create() {
        assertEquals(new Create(pattern(part(path(node("a", "A"), rel(Direction.OUTGOING, null, "T"), node("b")))), S),
                clauses("CREATE (a:A)-[:T]->(b)").get(0));
    }

    @Test
    void mergeWithActions() {
        var onCreate = new SetClause(List.of(new SetItem.SetProperty(prop("n", "created"), bool(true), S)), S);
        var onMatch = new SetClause(List.of(new SetItem.SetProperty(prop("n", "seen"), lit(1), S)), S);
        assertEquals(new Merge(part(path(node("n", "N"))),
                List.of(new MergeAction(true, onCreate, S), new MergeAction(false, onMatch, S)), S),
                clauses("MERGE (n:N) ON CREATE SET n.created = true ON MATCH SET n.seen = 1").get(0));
    }

    @Test
    void setItems() {
        assertEquals(new SetClause(List.of(
                new SetItem.SetProperty(prop("a", "p"), lit(1), S),
                new SetItem.SetProperty(prop(prop("a", "b"), "c"), lit(2), S),
                new SetItem.SetProperties(var("a"), map("x", lit(1)), false, S),
                new SetItem.SetProperties(var("a"), param("m"), true, S),
                new SetItem.SetLabels(var("a"), List.of("L1", "L2"), S)), S),
                clauses("MATCH (a) SET a.p = 1, a.b.c = 2, a = {x: 1}, a += $m, a:L1:L2").get(1));
    }

    @Test
    void setPropertyOfAnExpression() {
        var set = (SetClause) clauses("MATCH (a) SET (CASE WHEN true THEN a END).p = 1").get(1);
        assertEquals(1, set.items().size());
        assertEquals("p", ((SetItem.SetProperty) set.items().get(0)).target().key());
    }

    @Test
    void remove() {
        assertEquals(new Remove(List.of(new RemoveItem.RemoveProperty(prop("a", "p"), S),
                new RemoveItem.RemoveLabels(var("a"), List.of("L", "M"), S)), S),
                clauses("MATCH (a) REMOVE a.p, a:L:M").get(1));
    }

    @Test
    void deleteAndDetachDelete() {
        assertEquals(new Delete(false, List.of(var("a"), var("r")), S), clauses("MATCH (a) DELETE a, r").get(1));
        assertEquals(new Delete(true, List.of(var("a")), S), clauses("MATCH (a) DETACH DELETE a").get(1));
    }

    @Test
    void unions() {
        Query q = parse("RETURN 1 AS x UNION RETURN 2 AS x UNION ALL RETURN 3 AS x");
        assertEquals(List.of(
                new UnionPart(false, single(new Return(projection(List.of(item(lit(2), "x"))), S)), S),
                new UnionPart(true, single(new Return(projection(List.of(item(lit(3), "x"))), S)), S)), q.unions());
    }

    @Test
    void executionModes() {
        assertEquals(ExecutionMode.EXPLAIN, parse("EXPLAIN MATCH (n) RETURN n").mode());
        assertEquals(ExecutionMode.PROFILE, parse("profile RETURN 1").mode());
        assertEquals(ExecutionMode.RUN, parse("RETURN 1").mode());
    }

    @Test
    void trailingSemicolonAndComments() {
        assertEquals(query(ret(lit(1))), parse("// leading comment\nRETURN /* inline */ 1 ;"));
    }

    @Test
    void multiPartQuery() {
        List<?> kinds = clauses("MATCH (a) WITH a UNWIND [1] AS x CREATE (b) MERGE (c) SET c.x = 1 "
                + "REMOVE c.y DELETE b RETURN a").stream().map(c -> c.getClass().getSimpleName()).toList();
        assertEquals(List.of("Match", "With", "Unwind", "Create", "Merge", "SetClause", "Remove", "Delete", "Return"),
                kinds);
    }
}
