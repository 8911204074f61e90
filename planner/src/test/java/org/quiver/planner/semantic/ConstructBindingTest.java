package org.quiver.planner.semantic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quiver.parser.QueryParser;
import org.quiver.parser.ast.Query;
import org.quiver.parser.error.CypherException;
import org.quiver.parser.error.SyntaxError;
import org.quiver.parser.error.UnsupportedFeature;
import org.quiver.planner.schema.GraphSchema;
import org.quiver.planner.types.CypherType;
import org.quiver.planner.update.ConstructAction;
import org.quiver.planner.update.SwitchGraph;

/** CONSTRUCT ends a statement with what to clone, what to create and by what each created element is grouped. */
class ConstructBindingTest {
    private static final GraphSchema SCHEMA = GraphSchema.builder()
            .nodes(Set.of("A"), Map.of("name", CypherType.STRING))
            .relationships("R", Map.of("w", CypherType.INTEGER))
            .build();
    private static final GraphSchema OTHER = GraphSchema.builder()
            .nodes(Set.of("B"), Map.of("n", CypherType.INTEGER))
            .build();

    private static BoundQuery bind(String text) {
        return QueryBinder.bind((Query) QueryParser.parse(text), new BindContext(text, SCHEMA, Map.of(), org.quiver.planner.procedure.ProcedureCatalog.EMPTY, name -> {
            if (!name.qualifiedName().equals("other")) {
                throw new SyntaxError("GraphNotFound", "no graph " + name.qualifiedName(), name.span());
            }
            return OTHER;
        }));
    }

    private static ConstructAction construct(String text) {
        BoundQuery q = bind(text);
        assertEquals(List.of(), q.columns());
        return assertInstanceOf(ConstructAction.class, q.last().update().orElseThrow());
    }

    @Test
    void createdElementsAreGroupedByTheVariablesTheirPropertiesRead() {
        ConstructAction c = construct("MATCH (a:A)-[r:R]->(b:A) CONSTRUCT ON g"
                + " CREATE (a)-[:S {w: r.w}]->(x:X {name: b.name + a.name}), (h:Hub) SET x.k = 1 RETURN GRAPH");
        assertEquals(List.of("g"), c.on().get(0).parts());
        ConstructAction.NewNode x = c.nodes().get(0);
        assertEquals(List.of("a", "b"), x.groupBy());
        assertEquals(List.of("name", "k"), x.keys());
        assertEquals(List.of(), c.nodes().get(1).groupBy());
        ConstructAction.NewRelationship s = c.relationships().get(0);
        assertEquals(List.of("r"), s.groupBy());
        assertEquals("a", s.source());
        assertEquals("x", s.target());
        assertEquals(List.of(new ConstructAction.Clone("a", false)), c.clones());
    }

    @Test
    void cloneAliasesAreColumnsOfTheirOwnAndSetOnClonesIsKept() {
        ConstructAction c = construct("MATCH (a:A)-[r:R]->() CONSTRUCT CLONE a AS b, r SET b.name = 'x' RETURN GRAPH");
        assertEquals(List.of(new ConstructAction.Clone("b", false), new ConstructAction.Clone("r", true)), c.clones());
        assertEquals("b", c.cloneProperties().get(0).column());
        assertEquals("name", c.cloneProperties().get(0).key());
    }

    @Test
    void constructMustReturnTheGraph() {
        SyntaxError e = assertThrows(SyntaxError.class, () -> bind("MATCH (a) CONSTRUCT CLONE a RETURN a"));
        assertEquals("InvalidClauseComposition", e.detail().orElseThrow());
        assertThrows(UnsupportedFeature.class, () -> bind("MATCH (a) CONSTRUCT CLONE a.name AS n RETURN GRAPH"));
        assertThrows(UnsupportedFeature.class, () -> bind("MATCH (a) CONSTRUCT CREATE (x) SET x += {k: 1} RETURN GRAPH"));
    }

    @Test
    void fromGraphAfterOtherClausesSwitchesTheSchemaAndCarriesValuesOnly() {
        BoundQuery q = bind("MATCH (a:A) WITH a.name AS name FROM GRAPH other MATCH (b:B) RETURN name, b.n AS n");
        SwitchGraph to = assertInstanceOf(SwitchGraph.class, q.segments().get(0).update().orElseThrow());
        assertEquals("other", to.graph().qualifiedName());
        assertEquals(Map.of("name", CypherType.STRING), q.segments().get(0).handedOver());
        assertEquals(CypherType.INTEGER, q.last().plan().variables().get("n"));
        CypherException carried = assertThrows(UnsupportedFeature.class,
                () -> bind("MATCH (a:A) FROM GRAPH other MATCH (b:B) RETURN a, b"));
        assertEquals(true, carried.getMessage().contains("to another graph"));
        assertThrows(SyntaxError.class, () -> bind("MATCH (a:A) WITH 1 AS one FROM GRAPH nowhere MATCH (b) RETURN b"));
    }
}
