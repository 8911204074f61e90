package org.quiver.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quiver.parser.Ast.*;
import static org.quiver.parser.ast.BinaryOperator.*;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quiver.parser.ast.CaseExpression;
import org.quiver.parser.ast.CountStar;
import org.quiver.parser.ast.FunctionCall;
import org.quiver.parser.ast.HasLabels;
import org.quiver.parser.ast.IsNull;
import org.quiver.parser.ast.LabelExpression;
import org.quiver.parser.ast.ListComprehension;
import org.quiver.parser.ast.MapProjection;
import org.quiver.parser.ast.PatternComprehension;
import org.quiver.parser.ast.PatternExpression;
import org.quiver.parser.ast.Quantified;
import org.quiver.parser.ast.Reduce;
import org.quiver.parser.ast.RelationshipPattern.Direction;
import org.quiver.parser.ast.Slice;
import org.quiver.parser.ast.Subscript;
import org.quiver.parser.ast.UnaryOperator;

class ExpressionParsingTest {

    @Test
    void multiplicationBindsTighterThanAddition() {
        assertEquals(bin(ADD, lit(1), bin(MULTIPLY, lit(2), lit(3))), expr("1 + 2 * 3"));
    }

    @Test
    void subtractionIsLeftAssociative() {
        assertEquals(bin(SUBTRACT, bin(SUBTRACT, lit(1), lit(2)), lit(3)), expr("1 - 2 - 3"));
    }

    @Test
    void powerIsLeftAssociativeAndBindsTighterThanMultiplication() {
        assertEquals(bin(MULTIPLY, lit(2), bin(POWER, bin(POWER, lit(2), lit(3)), lit(2))), expr("2 * 2 ^ 3 ^ 2"));
    }

    @Test
    void unaryMinusBindsTighterThanPower() {
        assertEquals(bin(POWER, unary(UnaryOperator.NEGATE, lit(2)), lit(2)), expr("-2 ^ 2"));
    }

    @Test
    void divisionAndModulo() {
        assertEquals(bin(MODULO, bin(DIVIDE, var("a"), var("b")), var("c")), expr("a / b % c"));
    }

    @Test
    void booleanOperatorsFromLoosestToTightest() {
        assertEquals(bin(OR, var("a"), bin(XOR, var("b"), bin(AND, var("c"), unary(UnaryOperator.NOT, var("d"))))),
                expr("a OR b XOR c AND NOT d"));
    }

    @Test
    void notAppliesToAWholeComparison() {
        assertEquals(unary(UnaryOperator.NOT, bin(EQUALS, var("a"), var("b"))), expr("NOT a = b"));
    }

    @Test
    void parenthesesGroup() {
        assertEquals(bin(MULTIPLY, bin(ADD, lit(1), lit(2)), lit(3)), expr("(1 + 2) * 3"));
    }

    @Test
    void everyComparisonOperator() {
        assertEquals(bin(EQUALS, var("a"), var("b")), expr("a = b"));
        assertEquals(bin(NOT_EQUALS, var("a"), var("b")), expr("a <> b"));
        assertEquals(bin(LESS_THAN, var("a"), var("b")), expr("a < b"));
        assertEquals(bin(GREATER_THAN, var("a"), var("b")), expr("a > b"));
        assertEquals(bin(LESS_THAN_OR_EQUAL, var("a"), var("b")), expr("a <= b"));
        assertEquals(bin(GREATER_THAN_OR_EQUAL, var("a"), var("b")), expr("a >= b"));
    }

    @Test
    void comparisonChainIsAndOfNeighbouringPairs() {
        assertEquals(bin(AND, bin(LESS_THAN, var("a"), var("b")), bin(LESS_THAN_OR_EQUAL, var("b"), var("c"))),
                expr("a < b <= c"));
    }

    @Test
    void longComparisonChainFoldsLeft() {
        assertEquals(bin(AND, bin(AND, bin(LESS_THAN, lit(1), lit(2)), bin(LESS_THAN, lit(2), lit(3))),
                bin(EQUALS, lit(3), lit(3))), expr("1 < 2 < 3 = 3"));
    }

    @Test
    void stringAndListPredicates() {
        assertEquals(bin(STARTS_WITH, var("s"), str("a")), expr("s STARTS WITH 'a'"));
        assertEquals(bin(ENDS_WITH, var("s"), str("a")), expr("s ENDS WITH 'a'"));
        assertEquals(bin(CONTAINS, var("s"), str("a")), expr("s CONTAINS 'a'"));
        assertEquals(bin(REGEX_MATCH, var("s"), str("a.*")), expr("s =~ 'a.*'"));
        assertEquals(bin(IN, var("x"), list(lit(1), lit(2))), expr("x IN [1, 2]"));
    }

    @Test
    void predicatesBindTighterThanComparisonAndLooserThanAddition() {
        assertEquals(bin(EQUALS, bin(IN, bin(ADD, var("x"), lit(1)), var("l")), bool(true)),
                expr("x + 1 IN l = true"));
    }

    @Test
    void isNullAndIsNotNull() {
        assertEquals(new IsNull(var("x"), false, S), expr("x IS NULL"));
        assertEquals(new IsNull(prop("n", "p"), true, S), expr("n.p IS NOT NULL"));
    }

    @Test
    void postfixOperatorsChainLeftToRight() {
        assertEquals(prop(new Subscript(prop("n", "list"), lit(0), S), "name"), expr("n.list[0].name"));
    }

    @Test
    void slices() {
        assertEquals(new Slice(var("l"), Optional.of(lit(1)), Optional.of(lit(3)), S), expr("l[1..3]"));
        assertEquals(new Slice(var("l"), Optional.empty(), Optional.of(lit(3)), S), expr("l[..3]"));
        assertEquals(new Slice(var("l"), Optional.of(lit(1)), Optional.empty(), S), expr("l[1..]"));
    }

    @Test
    void labelTest() {
        assertEquals(new HasLabels(var("n"), and("A", "B").orElseThrow(), S), expr("n:A:B"));
        assertEquals(new HasLabels(var("n"), new LabelExpression.Or(label("A"), label("B"), S), S),
                expr("n:(A|B)"));
    }

    @Test
    void propertyOfAParenthesisedExpression() {
        assertEquals(prop(new Subscript(var("l"), lit(0), S), "x"), expr("(l[0]).x"));
    }

    @Test
    void parameters() {
        assertEquals(param("name"), expr("$name"));
        assertEquals(param("0"), expr("$0"));
        assertEquals(param("a b"), expr("$`a b`"));
    }

    @Test
    void countStarAndCount() {
        assertEquals(new CountStar(S), expr("count(*)"));
        assertEquals(new CountStar(S), expr("COUNT ( * )"));
        assertEquals(call("count", var("x")), expr("count(x)"));
    }

    @Test
    void functionCalls() {
        assertEquals(call("toUpper", str("a")), expr("toUpper('a')"));
        assertEquals(call("rand"), expr("rand()"));
        assertEquals(new FunctionCall("", "count", true, List.of(var("x")), S), expr("count(DISTINCT x)"));
        assertEquals(new FunctionCall("date", "truncate", false, List.of(str("month"), var("d")), S),
                expr("date.truncate('month', d)"));
        assertEquals(new FunctionCall("apoc.create", "node", false, List.of(), S), expr("apoc.create.node()"));
        assertEquals(call("exists", prop("n", "p")), expr("exists(n.p)"));
    }

    @Test
    void caseWithSubject() {
        assertEquals(new CaseExpression(Optional.of(var("x")),
                List.of(new CaseExpression.When(lit(1), str("one"), S)), Optional.of(str("other")), S),
                expr("CASE x WHEN 1 THEN 'one' ELSE 'other' END"));
    }

    @Test
    void caseWithoutSubject() {
        assertEquals(new CaseExpression(Optional.empty(),
                List.of(new CaseExpression.When(bin(GREATER_THAN, var("x"), lit(1)), str("big"), S),
                        new CaseExpression.When(bool(true), str("small"), S)), Optional.empty(), S),
                expr("case when x > 1 then 'big' when true then 'small' end"));
    }

    @Test
    void listComprehensions() {
        assertEquals(new ListComprehension(var("x"), var("l"), Optional.of(bin(GREATER_THAN, var("x"), lit(1))),
                Optional.of(bin(MULTIPLY, var("x"), lit(2))), S), expr("[x IN l WHERE x > 1 | x * 2]"));
        assertEquals(new ListComprehension(var("x"), var("l"), Optional.empty(), Optional.empty(), S),
                expr("[x IN l]"));
        assertEquals(new ListComprehension(var("x"), var("l"), Optional.empty(), Optional.of(prop("x", "name")), S),
                expr("[x IN l | x.name]"));
    }

    @Test
    void labelTestInsideAComprehensionFilterLeavesTheProjectionAlone() {
        assertEquals(new ListComprehension(var("x"), var("l"),
                Optional.of(new HasLabels(var("x"), label("A"), S)), Optional.of(prop("x", "name")), S),
                expr("[x IN l WHERE x:A | x.name]"));
    }

    @Test
    void listLiteralIsNotAComprehension() {
        assertEquals(list(bin(IN, var("x"), var("l")), lit(1)), expr("[x IN l, 1]"));
        assertEquals(list(), expr("[]"));
    }

    @Test
    void patternComprehension() {
        var element = path(node("a"), rel(Direction.OUTGOING, null, "T"), node("b"));
        assertEquals(new PatternComprehension(Optional.of(var("p")), element,
                Optional.of(prop("b", "ok")), prop("b", "name"), S),
                expr("[p = (a)-[:T]->(b) WHERE b.ok | b.name]"));
        assertEquals(new PatternComprehension(Optional.empty(), element, Optional.empty(), var("b"), S),
                expr("[(a)-[:T]->(b) | b]"));
    }

    @Test
    void patternPredicate() {
        assertEquals(new PatternExpression(path(node("a"), rel(Direction.INCOMING, null, "T"), node(null)), S),
                expr("(a)<-[:T]-()"));
    }

    @Test
    void reduce() {
        assertEquals(new Reduce(var("acc"), lit(0), var("x"), var("l"), bin(ADD, var("acc"), var("x")), S),
                expr("reduce(acc = 0, x IN l | acc + x)"));
    }

    @Test
    void quantifiers() {
        var filter = Optional.<org.quiver.parser.ast.Expression>of(bin(GREATER_THAN, var("x"), lit(0)));
        assertEquals(new Quantified(Quantified.Quantifier.ALL, var("x"), var("l"), filter, S),
                expr("all(x IN l WHERE x > 0)"));
        assertEquals(new Quantified(Quantified.Quantifier.ANY, var("x"), var("l"), filter, S),
                expr("any(x IN l WHERE x > 0)"));
        assertEquals(new Quantified(Quantified.Quantifier.NONE, var("x"), var("l"), filter, S),
                expr("NONE(x IN l WHERE x > 0)"));
        assertEquals(new Quantified(Quantified.Quantifier.SINGLE, var("x"), var("l"), filter, S),
                expr("single(x IN l WHERE x > 0)"));
    }

    @Test
    void mapProjection() {
        assertEquals(new MapProjection(var("n"), List.of(
                new MapProjection.PropertySelector("name", S),
                new MapProjection.AllProperties(S),
                new MapProjection.LiteralEntry("k", lit(1), S),
                new MapProjection.VariableSelector(var("v"), S)), S),
                expr("n{.name, .*, k: 1, v}"));
        assertEquals(new MapProjection(var("n"), List.of(), S), expr("n {}"));
    }

    @Test
    void mapsAndLists() {
        assertEquals(map("a", lit(1), "b c", list(str("x"), nul())), expr("{a: 1, `b c`: ['x', null]}"));
        assertEquals(map(), expr("{}"));
    }

    @Test
    void keywordsAreCaseInsensitive() {
        assertEquals(bin(AND, bool(true), unary(UnaryOperator.NOT, new IsNull(nul(), false, S))),
                expr("TRUE aNd not NULL is null"));
    }
}
