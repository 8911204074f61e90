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

    @Provide
    Arbitrary<Expression> expressions() {
        return ast.expression(3);
    }

    @Provide
    Arbitrary<Statement> statements() {
        return ast.statement(2);
    }
}
