package org.quiver.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quiver.parser.Ast.*;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.quiver.parser.ast.LabelExpression;
import org.quiver.parser.ast.LengthRange;
import org.quiver.parser.ast.Match;
import org.quiver.parser.ast.NodePattern;
import org.quiver.parser.ast.PatternElement;
import org.quiver.parser.ast.PatternPart;
import org.quiver.parser.ast.RelationshipPattern;
import org.quiver.parser.ast.RelationshipPattern.Direction;

class PatternParsingTest {

    /** The single path element of {@code MATCH <pattern> RETURN 1}. */
    static PatternElement element(String pattern) {
        return part(pattern).element();
    }

    static PatternPart part(String pattern) {
        return ((Match) clauses("MATCH " + pattern + " RETURN 1").get(0)).pattern().parts().get(0);
    }

    static RelationshipPattern relationship(String pattern) {
        return element(pattern).steps().get(0).relationship();
    }

    static LabelExpression labels(String labels) {
        return element("(n" + labels + ")").start().labels().orElseThrow();
    }

    @Test
    void nodes() {
        assertEquals(path(node(null)), element("()"));
        assertEquals(path(node("n")), element("(n)"));
        assertEquals(path(node("n", "Person", "Admin")), element("(n:Person:Admin)"));
        assertEquals(path(node(null, "Person")), element("(:Person)"));
    }

    @Test
    void nodeWithPropertiesAndPredicate() {
        assertEquals(path(new NodePattern(Optional.of(var("n")), Optional.empty(), Optional.of(map("name", str("x"))),
                Optional.of(bin(org.quiver.parser.ast.BinaryOperator.GREATER_THAN, prop("n", "age"), lit(3))), S)),
                element("(n {name: 'x'} WHERE n.age > 3)"));
        assertEquals(path(new NodePattern(Optional.empty(), and("L"), Optional.of(param("props")),
                Optional.empty(), S)), element("(:L $props)"));
    }

    @Test
    void relationshipDirections() {
        assertEquals(Direction.OUTGOING, relationship("(a)-[r]->(b)").direction());
        assertEquals(Direction.INCOMING, relationship("(a)<-[r]-(b)").direction());
        assertEquals(Direction.BOTH, relationship("(a)-[r]-(b)").direction());
        assertEquals(Direction.BOTH, relationship("(a)<-[r]->(b)").direction());
        assertEquals(Direction.OUTGOING, relationship("(a)-->(b)").direction());
        assertEquals(Direction.INCOMING, relationship("(a)<--(b)").direction());
        assertEquals(Direction.BOTH, relationship("(a)--(b)").direction());
        assertEquals(Direction.BOTH, relationship("(a)<-->(b)").direction());
    }

    @Test
    void longPath() {
        assertEquals(path(node("a"), rel(Direction.OUTGOING, "r", "KNOWS"), node("b"),
                rel(Direction.INCOMING, null), node("c", "C")),
                element("(a)-[r:KNOWS]->(b)<--(c:C)"));
    }

    @Test
    void relationshipTypeAlternatives() {
        assertEquals(rel(Direction.OUTGOING, null, "T", "U"), relationship("()-[:T|U]->()"));
        assertEquals(rel(Direction.OUTGOING, null, "T", "U"), relationship("()-[:T|:U]->()"));
    }

    @Test
    void variableLengths() {
        assertEquals(range(null, null), relationship("()-[*]->()").length().orElseThrow());
        assertEquals(range(3L, 3L), relationship("()-[*3]->()").length().orElseThrow());
        assertEquals(range(2L, null), relationship("()-[*2..]->()").length().orElseThrow());
        assertEquals(range(null, 5L), relationship("()-[*..5]->()").length().orElseThrow());
        assertEquals(range(2L, 5L), relationship("()-[*2..5]->()").length().orElseThrow());
        assertEquals(range(1L, 3L), relationship("()-[ * 1 .. 3 ]->()").length().orElseThrow());
    }

    @Test
    void relationshipWithEverything() {
        assertEquals(new RelationshipPattern(Optional.of(var("r")), Direction.OUTGOING, or("T"),
                Optional.of(range(1L, 2L)), Optional.of(map("w", lit(1))), Optional.of(prop("r", "ok")), S),
                relationship("()-[r:T*1..2 {w: 1} WHERE r.ok]->()"));
    }

    @Test
    void labelExpressions() {
        assertEquals(new LabelExpression.And(label("A"), label("B"), S), labels(":A&B"));
        assertEquals(new LabelExpression.Or(label("A"), label("B"), S), labels(":A|B"));
        assertEquals(new LabelExpression.Not(label("A"), S), labels(":!A"));
        assertEquals(new LabelExpression.Wildcard(S), labels(":%"));
        assertEquals(new LabelExpression.And(label("A"), new LabelExpression.Or(label("B"), label("C"), S), S),
                labels(":A&(B|C)"));
        assertEquals(new LabelExpression.Or(label("A"), new LabelExpression.And(label("B"), label("C"), S), S),
                labels(":A|B&C"));
    }

    @Test
    void namedPathsAndShortestPaths() {
        var element = path(node("a"), rel(Direction.OUTGOING, null), node("b"));
        assertEquals(new PatternPart(Optional.of(var("p")), PatternPart.PathSelector.ALL, element, S),
                part("p = (a)-->(b)"));
        assertEquals(new PatternPart(Optional.of(var("p")), PatternPart.PathSelector.SHORTEST, element, S),
                part("p = shortestPath((a)-->(b))"));
        assertEquals(new PatternPart(Optional.empty(), PatternPart.PathSelector.ALL_SHORTEST, element, S),
                part("allShortestPaths((a)-->(b))"));
    }

    @Test
    void parenthesisedPathElement() {
        assertEquals(path(node("a"), rel(Direction.OUTGOING, null), node("b")), element("((a)-->(b))"));
    }

    @Test
    void commaSeparatedParts() {
        assertEquals(List.of(match(Ast.part(path(node("a"))), Ast.part(path(node("b"))))),
                clauses("MATCH (a), (b)").subList(0, 1));
    }

    static LengthRange range(Long min, Long max) {
        return new LengthRange(min == null ? OptionalLong.empty() : OptionalLong.of(min),
                max == null ? OptionalLong.empty() : OptionalLong.of(max), S);
    }
}
