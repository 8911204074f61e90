package org.quiver.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.quiver.parser.ast.Expression;
import org.quiver.parser.ast.Statement;
import org.quiver.parser.gen.AstArbitraries;

/** parse(print(ast)) = ast, for generated expressions and whole statements. */
class RoundTripProperties {
    private final AstArbitraries ast = new AstArbitraries();

    @Property(tries = 1000)
    void expressionsPrintAndParseBack(@ForAll("expressions") Expression expression) {
        String text = AstPrinter.print(expression);
        Expression parsed = Ast.expr(text);
        assertEquals(text, AstPrinter.print(parsed));
        assertEquals(expression, parsed, text);
    }

    @Property(tries = 1000)
    void statementsPrintAndParseBack(@ForAll("statements") Statement statement) {
        String text = AstPrinter.print(statement);
        Statement parsed = QueryParser.parse(text);
        assertEquals(text, AstPrinter.print(parsed));
        assertEquals(statement, parsed, text);
    }

    /** A conjunction holding a name-only conjunction: in an expression, a:a&!a would read as :a then :a&!a. */
    @org.junit.jupiter.api.Test
    void aNestedLabelConjunctionInAnExpressionKeepsItsShape() {
        org.quiver.parser.ast.Span s = org.quiver.parser.ast.Span.NONE;
        org.quiver.parser.ast.LabelExpression a = new org.quiver.parser.ast.LabelExpression.Name("a", s);
        Expression test = new org.quiver.parser.ast.HasLabels(new org.quiver.parser.ast.Variable("n", s),
                new org.quiver.parser.ast.LabelExpression.And(new org.quiver.parser.ast.LabelExpression.And(a, a, s),
                        new org.quiver.parser.ast.LabelExpression.Not(a, s), s), s);
        String text = AstPrinter.print(test);
        assertEquals(test, Ast.expr(text), text);
    }

    @Provide
    Arbitrary<Expression> expressions() {
        return ast.expression(3);
    }

    @Provide
    Arbitrary<Statement> statements() {
        return ast.statement(2);
    }
}
