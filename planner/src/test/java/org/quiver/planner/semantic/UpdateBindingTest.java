package org.quiver.planner.semantic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quiver.parser.QueryParser;
import org.quiver.parser.ast.Query;
import org.quiver.parser.error.SyntaxError;
import org.quiver.planner.schema.GraphSchema;
import org.quiver.planner.types.CypherType;
import org.quiver.planner.update.DeleteAction;
import org.quiver.planner.update.EntityUpdate;
import org.quiver.planner.update.MergeAction;
import org.quiver.planner.update.SetAction;

/** Each updating clause ends a statement part with its action; the next part starts from the carried variables. */
class UpdateBindingTest {
    private static final GraphSchema SCHEMA = GraphSchema.builder()
            .nodes(Set.of("A"), Map.of("name", CypherType.STRING))
            .relationships("R", Map.of("w", CypherType.INTEGER))
            .build();

    private static BoundQuery bind(String text) {
        return QueryBinder.bind((Query) QueryParser.parse(text), new BindContext(text, SCHEMA, Map.of()));
    }

    @Test
    void setEndsAPartAndTheNextPartSeesTheCarriedVariables() {
        BoundQuery q = bind("MATCH (n:A) SET n.name = 'x', n:B RETURN n.name AS name");
        assertEquals(2, q.segments().size());
        SetAction set = assertInstanceOf(SetAction.class, q.segments().get(0).update().orElseThrow());
        assertEquals(2, set.items().size());
        EntityUpdate.SetProperty property = assertInstanceOf(EntityUpdate.SetProperty.class, set.items().get(0));
        assertEquals("n", property.target());
        assertEquals("name", property.key());
        assertTrue(q.segments().get(0).columns().contains(property.valueColumn()));
        assertEquals(new EntityUpdate.ChangeLabels("n", Set.of("B"), true), set.items().get(1));
        assertEquals(Map.of("n", CypherType.NODE), q.segments().get(0).handedOver());
        assertEquals(List.of("name"), q.columns());
    }

    @Test
    void relationshipTargetsAreMarked() {
        BoundQuery q = bind("MATCH ()-[r:R]->() REMOVE r.w");
        SetAction remove = assertInstanceOf(SetAction.class, q.last().update().orElseThrow());
        assertEquals(Set.of("r"), remove.relationshipTargets());
        assertEquals("REMOVE", remove.clauseName());
    }

    @Test
    void aStatementEndingInAnUpdateHasNoColumns() {
        BoundQuery q = bind("MATCH (n) DETACH DELETE n");
        DeleteAction delete = assertInstanceOf(DeleteAction.class, q.last().update().orElseThrow());
        assertTrue(delete.detach());
        assertEquals(List.of(), q.columns());
    }

    @Test
    void mergeBindsItsPatternAndActions() {
        BoundQuery q = bind("MATCH (a:A) MERGE (a)-[r:R]-(b:A {name: 'x'}) ON CREATE SET b.name = a.name RETURN b");
        MergeAction merge = assertInstanceOf(MergeAction.class, q.segments().get(0).update().orElseThrow());
        assertEquals(1, merge.pattern().nodes().size());
        assertEquals("b", merge.pattern().nodes().get(0).variable());
        assertEquals(Set.of("r"), merge.undirected());
        assertEquals(1, merge.onCreate().size());
        assertTrue(merge.onMatch().isEmpty());
        assertEquals(Set.of("a", "r", "b"), q.segments().get(0).handedOver().keySet());
    }

    @Test
    void aTypeChangeBySetJoinsTheKeysOldTypeAfterwards() {
        // Nodes the SET does not reach keep their strings: the key holds values of both types.
        BoundQuery changed = bind("MATCH (n:A) WHERE n.name = 'x' SET n.name = 1 WITH n RETURN n.name AS v");
        assertEquals(CypherType.ANY, changed.last().plan().variables().get("v"));
        BoundQuery added = bind("MATCH (n:A) SET n.size = 1 WITH n RETURN n.size AS v");
        assertEquals(CypherType.INTEGER, added.last().plan().variables().get("v"));
    }

    @Test
    void compileTimeErrors() {
        assertEquals("InvalidDelete", assertThrows(SyntaxError.class, () -> bind("MATCH (n) DELETE n:A"))
                .detail().orElseThrow());
        assertEquals("InvalidArgumentType", assertThrows(SyntaxError.class, () -> bind("MATCH () DELETE 1 + 1"))
                .detail().orElseThrow());
        assertEquals("VariableAlreadyBound", assertThrows(SyntaxError.class, () -> bind("MATCH (a) MERGE (a)"))
                .detail().orElseThrow());
        assertEquals("InvalidParameterUse", assertThrows(SyntaxError.class, () -> bind("MERGE (n $p) RETURN n"))
                .detail().orElseThrow());
        assertEquals("UndefinedVariable", assertThrows(SyntaxError.class,
                () -> bind("MERGE (n) ON CREATE SET x.num = 1")).detail().orElseThrow());
    }
}
