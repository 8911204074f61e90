package org.quiver.parser.ddl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quiver.parser.ast.Span;
import org.quiver.parser.ddl.ast.CreatePropertyGraph;
import org.quiver.parser.ddl.ast.DropPropertyGraph;
import org.quiver.parser.ddl.ast.ElementTable;
import org.quiver.parser.ddl.ast.EndpointReference;
import org.quiver.parser.ddl.ast.LabelDefinition;
import org.quiver.parser.ddl.ast.Name;
import org.quiver.parser.ddl.ast.PropertiesClause;
import org.quiver.parser.ddl.ast.PropertyDefinition;
import org.quiver.parser.ddl.ast.PropertyDefinition.ColumnValue;
import org.quiver.parser.ddl.ast.PropertyDefinition.SqlExpression;
import org.quiver.parser.ddl.ast.QualifiedName;
import org.quiver.parser.ddl.ast.RelationshipTableDefinition;

class GraphDdlTest {
    private static final String SOCIAL = """
            CREATE PROPERTY GRAPH social
              NODE TABLES (
                people KEY (id) LABEL Person PROPERTIES (name, birth_year AS born),
                companies KEY (cid) LABEL Company PROPERTIES ALL COLUMNS )
              RELATIONSHIP TABLES (
                works_at KEY (id) SOURCE KEY (person_id) REFERENCES people (id)
                         DESTINATION KEY (company_id) REFERENCES companies (cid) LABEL WORKS_AT )
            """;

    @Test
    void theSocialExample() {
        CreatePropertyGraph graph = create(SOCIAL);
        ElementTable people = new ElementTable(qualified("people"), Optional.empty(), names("id"),
                List.of(label("Person", new PropertiesClause.PropertyList(List.of(
                        new PropertyDefinition(Name.of("name"), new ColumnValue(Name.of("name"))),
                        new PropertyDefinition(Name.of("born"), new ColumnValue(Name.of("birth_year"))))))),
                Span.NONE);
        ElementTable companies = new ElementTable(qualified("companies"), Optional.empty(), names("cid"),
                List.of(label("Company", new PropertiesClause.AllColumns(List.of()))), Span.NONE);
        RelationshipTableDefinition worksAt = new RelationshipTableDefinition(
                new ElementTable(qualified("works_at"), Optional.empty(), names("id"),
                        List.of(label("WORKS_AT", new PropertiesClause.AllColumns(List.of()))), Span.NONE),
                new EndpointReference(names("person_id"), qualified("people"), names("id"), Span.NONE),
                new EndpointReference(names("company_id"), qualified("companies"), names("cid"), Span.NONE));
        assertEquals(new CreatePropertyGraph(qualified("social"), false, false, List.of(people, companies),
                List.of(worksAt), Span.NONE), graph);
    }

    @Test
    void vertexAndEdgeAreSynonymsAndKeywordsAreCaseInsensitive() {
        CreatePropertyGraph standard = create("""
                create property graph g vertex tables (a key (id)) edge tables (
                  e source key (x) references a destination key (y) references a)""");
        CreatePropertyGraph cypher = create("""
                CREATE PROPERTY GRAPH g NODE TABLES (a KEY (id)) RELATIONSHIP TABLES (
                  e SOURCE KEY (x) REFERENCES a DESTINATION KEY (y) REFERENCES a)""");
        assertEquals(cypher, standard);
        assertTrue(standard.relationshipTables().get(0).element().key().isEmpty());
        assertTrue(standard.relationshipTables().get(0).source().referencedColumns().isEmpty());
    }

    @Test
    void aliasesQualifiedNamesAndQuotedNames() {
        ElementTable table = create("""
                CREATE PROPERTY GRAPH analytics.g NODE TABLES (sales.`people 2024` AS person KEY (`key`, region))""")
                .nodeTables().get(0);
        assertEquals(List.of("sales", "people 2024"), table.table().parts().stream().map(Name::value).toList());
        assertEquals("person", table.elementName().value());
        assertEquals(names("key", "region"), table.key());
        assertEquals("people 2024", create("CREATE PROPERTY GRAPH g NODE TABLES (sales.`people 2024`)")
                .nodeTables().get(0).elementName().value());
    }

    @Test
    void severalLabelsEachWithItsProperties() {
        ElementTable table = create("""
                CREATE PROPERTY GRAPH g NODE TABLES (
                  staff KEY (id) LABEL Person PROPERTIES (name) LABEL Employee LABEL Manager NO PROPERTIES)""")
                .nodeTables().get(0);
        assertEquals(List.of(
                label("Person", new PropertiesClause.PropertyList(List.of(
                        new PropertyDefinition(Name.of("name"), new ColumnValue(Name.of("name")))))),
                label("Employee", new PropertiesClause.AllColumns(List.of())),
                label("Manager", new PropertiesClause.NoProperties())), table.labels());
    }

    @Test
    void withoutLabelTheTableHasOneUnnamedDefinition() {
        ElementTable table = create("CREATE PROPERTY GRAPH g NODE TABLES (t PROPERTIES ARE ALL COLUMNS EXCEPT (secret))")
                .nodeTables().get(0);
        assertEquals(List.of(new LabelDefinition(Optional.empty(), new PropertiesClause.AllColumns(names("secret")))),
                table.labels());
    }

    @Test
    void expressionsKeepTheirTextForSparksParser() {
        String ddl = """
                CREATE PROPERTY GRAPH g NODE TABLES (t KEY (id) PROPERTIES (
                  upper(name) AS name, CAST(born AS STRING) AS born_text,
                  CASE WHEN a > 1 THEN 'x, y' ELSE "z" END AS c, (a + b) * 2 AS d))""";
        var properties = ((PropertiesClause.PropertyList) create(ddl).nodeTables().get(0).labels().get(0)
                .properties()).definitions();
        assertEquals(List.of("upper(name)", "CAST(born AS STRING)", "CASE WHEN a > 1 THEN 'x, y' ELSE \"z\" END",
                        "(a + b) * 2"),
                properties.stream().map(p -> ((SqlExpression) p.value()).text()).toList());
        assertEquals(List.of("name", "born_text", "c", "d"), properties.stream().map(p -> p.name().value()).toList());
        SqlExpression first = (SqlExpression) properties.get(0).value();
        assertEquals(2, first.span().line());
        assertEquals(3, first.span().column());
    }

    @Test
    void keywordsAreNames() {
        ElementTable table = create("CREATE PROPERTY GRAPH g NODE TABLES (label KEY (key) LABEL source PROPERTIES (key AS node))")
                .nodeTables().get(0);
        assertEquals("label", table.elementName().value());
        assertEquals(new PropertyDefinition(Name.of("node"), new ColumnValue(Name.of("key"))),
                ((PropertiesClause.PropertyList) table.labels().get(0).properties()).definitions().get(0));
    }

    @Test
    void createOptionsAndDrop() {
        assertTrue(create("CREATE OR REPLACE PROPERTY GRAPH g NODE TABLES (t)").orReplace());
        assertTrue(create("CREATE PROPERTY GRAPH IF NOT EXISTS g NODE TABLES (t);").ifNotExists());
        DropPropertyGraph drop = assertInstanceOf(DropPropertyGraph.class,
                GraphDdl.parse("DROP PROPERTY GRAPH IF EXISTS ns.g"));
        assertTrue(drop.ifExists());
        assertEquals("ns.g", drop.graph().text());
        assertFalse(((DropPropertyGraph) GraphDdl.parse("drop property graph g")).ifExists());
    }

    @Test
    void namesKeepTheirPositions() {
        ElementTable table = create("CREATE PROPERTY GRAPH g\nNODE TABLES (\n  people KEY (id))").nodeTables().get(0);
        Span span = table.key().get(0).span();
        assertEquals(3, span.line());
        assertEquals(15, span.column());
        assertEquals(3, table.table().span().line());
        assertEquals(3, table.table().span().column());
    }

    private static CreatePropertyGraph create(String ddl) {
        return assertInstanceOf(CreatePropertyGraph.class, GraphDdl.parse(ddl));
    }

    private static LabelDefinition label(String name, PropertiesClause properties) {
        return new LabelDefinition(Optional.of(Name.of(name)), properties);
    }

    private static QualifiedName qualified(String... parts) {
        return new QualifiedName(names(parts), Span.NONE);
    }

    private static List<Name> names(String... names) {
        return java.util.Arrays.stream(names).map(Name::of).toList();
    }
}
