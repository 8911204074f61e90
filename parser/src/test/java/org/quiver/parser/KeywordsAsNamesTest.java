package org.quiver.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quiver.parser.Ast.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quiver.parser.ast.BinaryOperator;
import org.quiver.parser.ast.Match;
import org.quiver.parser.ast.RelationshipPattern.Direction;
import org.quiver.parser.ast.SetClause;
import org.quiver.parser.ast.SetItem;

/** Words that are keywords somewhere stay names wherever only a name can stand. */
class KeywordsAsNamesTest {

    @Test
    void reservedWordsAsLabelsTypesAndKeys() {
        var match = (Match) clauses("MATCH (o:Order)-[:IN]->(m:Match) RETURN o").get(0);
        assertEquals(path(node("o", "Order"), rel(Direction.OUTGOING, null, "IN"), node("m", "Match")),
                match.pattern().parts().get(0).element());
        assertEquals(prop("n", "end"), expr("n.end"));
        assertEquals(prop("n", "count"), expr("n.count"));
        assertEquals(map("limit", lit(1), "where", lit(2)), expr("{limit: 1, where: 2}"));
    }

    @Test
    void unreservedKeywordsAsVariables() {
        assertEquals(bin(BinaryOperator.ADD, var("count"), var("single")), expr("count + single"));
        assertEquals(prop("type", "name"), expr("type.name"));
        assertEquals(var("explain"), expr("explain"));
        assertEquals(query(match(part(path(node("none")))), ret(var("none"))), parse("MATCH (none) RETURN none"));
    }

    @Test
    void unreservedKeywordsAsAliasesAndFunctionNames() {
        assertEquals(List.of(item(lit(1), "any")), ((org.quiver.parser.ast.Return) clauses("RETURN 1 AS any")
                .get(0)).projection().items());
        assertEquals(call("count", var("x")), expr("count(x)"));
        assertEquals(call("shortestPath", var("x")), expr("shortestPath(x)"));
    }

    @Test
    void quotedNamesAreNeverKeywords() {
        assertEquals(var("MATCH"), expr("`MATCH`"));
        var set = (SetClause) clauses("MATCH (n) SET n:`Order`:Set").get(1);
        assertEquals(new SetItem.SetLabels(var("n"), List.of("Order", "Set"), S), set.items().get(0));
    }

    @Test
    void keywordCaseIsKeptInNames() {
        assertEquals(prop("n", "Return"), expr("n.Return"));
    }
}
