package org.quiver.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.quiver.parser.ast.AstNode;
import org.quiver.parser.ast.BinaryExpression;
import org.quiver.parser.ast.Match;
import org.quiver.parser.ast.ProjectionItem;
import org.quiver.parser.ast.Query;
import org.quiver.parser.ast.Return;
import org.quiver.parser.ast.Span;

class SpanTest {

    static String text(String query, AstNode node) {
        return node.span().textIn(query);
    }

    static ProjectionItem firstItem(Query q) {
        var clauses = q.first().clauses();
        return ((Return) clauses.get(clauses.size() - 1)).projection().items().get(0);
    }

    @Test
    void projectionItemCoversTheExpressionAsWritten() {
        String query = "MATCH (f) RETURN count( f ) AS c";
        assertEquals("count( f )", text(query, firstItem(Ast.parse(query))));
        String unaliased = "RETURN  a.b  +  1 ";
        assertEquals("a.b  +  1", text(unaliased, firstItem(Ast.parse(unaliased))));
        String parenthesised = "RETURN (1 + 2)";
        assertEquals("(1 + 2)", text(parenthesised, firstItem(Ast.parse(parenthesised))));
    }

    @Test
    void lineColumnAndOffsets() {
        String query = "MATCH (n)\n  WHERE n.x > 1\nRETURN n";
        Match match = (Match) Ast.parse(query).first().clauses().get(0);
        BinaryExpression where = (BinaryExpression) match.where().orElseThrow();
        assertEquals(new Span(2, 9, 18, 25).toString(), where.span().toString());
        assertEquals("n.x > 1", text(query, where));
        assertEquals("n.x", text(query, where.left()));
        var node = match.pattern().parts().get(0).element().start();
        assertEquals("(n)", text(query, node));
        assertEquals(1, node.span().line());
        assertEquals(7, node.span().column());
    }

    @Test
    void clausesAndPatterns() {
        String query = "MATCH p = (a)-[r:T]->(b) RETURN p";
        Match match = (Match) Ast.parse(query).first().clauses().get(0);
        assertEquals("MATCH p = (a)-[r:T]->(b)", text(query, match));
        assertEquals("p = (a)-[r:T]->(b)", text(query, match.pattern().parts().get(0)));
        var relationship = match.pattern().parts().get(0).element().steps().get(0).relationship();
        assertEquals("-[r:T]->", text(query, relationship));
        assertEquals("T", text(query, relationship.types().orElseThrow()));
    }

    @Test
    void charactersOutsideTheBasicPlaneCountAsTwoJavaChars() {
        String query = "RETURN '\uD83D\uDE00', x + 1";
        var items = ((Return) Ast.parse(query).first().clauses().get(0)).projection().items();
        assertEquals("'\uD83D\uDE00'", text(query, items.get(0)));
        assertEquals("x + 1", text(query, items.get(1)));
        assertEquals(14, items.get(1).span().column());
    }

    @Test
    void comparisonChainPairsCoverTheirOperands() {
        String query = "RETURN a < b < c";
        var and = (BinaryExpression) firstItem(Ast.parse(query)).expression();
        assertEquals("a < b < c", text(query, and));
        assertEquals("a < b", text(query, and.left()));
        assertEquals("b < c", text(query, and.right()));
    }
}
