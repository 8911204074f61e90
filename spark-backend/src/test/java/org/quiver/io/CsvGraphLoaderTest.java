package org.quiver.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quiver.api.CsvOptions;
import org.quiver.graph.NodeTable;
import org.quiver.graph.RelationshipTable;
import org.quiver.planner.types.CypherType;
import org.quiver.testing.TestSpark;

class CsvGraphLoaderTest {
    @TempDir
    Path dir;

    private GraphFiles files() {
        return new GraphFiles(dir);
    }

    private static List<Long> ids(List<Row> rows) {
        return rows.stream().map(r -> r.getLong(0)).toList();
    }

    @Test
    void labelComesFromTheFileNameAndIdsFollowFileThenRowOrder() {
        files().file("nodes/Person.csv", ":ID,name", "p1,Ada", "p2,Bob")
                .file("nodes/City.csv", ":ID,name", "c1,Paris");
        LoadedGraph g = LoadedGraph.load(dir);
        assertEquals(2, g.graph().nodeTables().size());
        assertEquals(Set.of("City"), g.graph().nodeTables().get(0).labels(), "City.csv sorts first");
        assertEquals(List.of(0L), ids(LoadedGraph.rows(g.nodes("City"))));
        List<Row> people = LoadedGraph.rows(g.nodes("Person"));
        assertEquals(List.of(1L, 2L), ids(people));
        assertEquals("Ada", people.get(0).getAs("name"));
        assertTrue(g.graph().relationshipTables().isEmpty(), "no relationships/ directory: no relationships");
    }

    @Test
    void labelColumnGivesEachRowItsLabelsAndNoFileLabel() {
        files().file("nodes/Mixed.csv", ":ID,name,:LABEL",
                "1,a,Person;Employee", "2,b,", "3,c,Person", "4,d,Employee;Person");
        LoadedGraph g = LoadedGraph.load(dir);
        assertEquals(3, g.graph().nodeTables().size());
        assertEquals(List.of(0L, 3L), ids(LoadedGraph.rows(g.nodes("Person", "Employee"))));
        assertEquals(List.of(1L), ids(LoadedGraph.rows(g.nodes())));
        assertEquals(List.of(2L), ids(LoadedGraph.rows(g.nodes("Person"))));
        assertEquals(Set.of("Person", "Employee"), g.graph().schema().labels());
    }

    @Test
    void idSpacesKeepEqualIdsApartAndResolveEndpoints() {
        files().file("nodes/Person.csv", "personId:ID(Person),name", "1,Ada", "2,Bob")
                .file("nodes/City.csv", ":ID(City),name", "1,Paris")
                .file("relationships/LIVES_IN.csv", ":START_ID(Person),:END_ID(City)", "2,1", "1,1")
                .file("relationships/KNOWS.csv", ":START_ID(Person),:END_ID(Person),since:int", "1,2,2010");
        LoadedGraph g = LoadedGraph.load(dir);
        List<Row> people = LoadedGraph.rows(g.nodes("Person"));
        assertEquals("2", people.get(1).getAs("personId"), "a named id is also a string property");
        assertEquals(CypherType.STRING, g.nodes("Person").properties().get("personId"));
        assertEquals(List.of("personId", "name"), List.copyOf(g.nodes("Person").properties().keySet()));
        assertEquals(Set.of("name"), g.nodes("City").properties().keySet(), "an unnamed id is no property");

        List<Row> knows = LoadedGraph.rows(g.relationships("KNOWS"));
        assertEquals(List.of(0L), ids(knows), "KNOWS.csv sorts first");
        assertEquals(1L, knows.get(0).getLong(1), "City.csv sorts first: Paris is node 0, Ada 1, Bob 2");
        assertEquals(2L, knows.get(0).getLong(2));
        assertEquals(2010L, knows.get(0).<Long>getAs("since"));

        List<Row> livesIn = LoadedGraph.rows(g.relationships("LIVES_IN"));
        assertEquals(List.of(1L, 2L), ids(livesIn));
        assertEquals(List.of(2L, 1L), livesIn.stream().map(r -> r.getLong(1)).toList());
        assertEquals(List.of(0L, 0L), livesIn.stream().map(r -> r.getLong(2)).toList());
    }

    @Test
    void everyTypeLoadsIntoItsSparkColumn() {
        files().file("nodes/T.csv",
                ":ID,i:int,l:long,b:byte,s:short,f:float,d:double,ok:boolean,name:string,untyped,"
                        + "is:int[],ls:long[],fs:float[],ds:double[],bs:boolean[],ss:string[]",
                "1,1,9000000000,-1,300,1.5,-2.25e2,TRUE,x,y,1;2,3,0.5,1;2.5,true;false,a;b c");
        NodeTable table = LoadedGraph.load(dir).nodes("T");
        StructType schema = table.data().schema();
        assertEquals(DataTypes.LongType, schema.apply(NodeTable.ID).dataType());
        for (String key : List.of("i", "l", "b", "s")) {
            assertEquals(DataTypes.LongType, schema.apply(key).dataType(), key);
        }
        assertEquals(DataTypes.DoubleType, schema.apply("f").dataType());
        assertEquals(DataTypes.DoubleType, schema.apply("d").dataType());
        assertEquals(DataTypes.BooleanType, schema.apply("ok").dataType());
        assertEquals(DataTypes.StringType, schema.apply("untyped").dataType());
        assertEquals(DataTypes.createArrayType(DataTypes.LongType, true), schema.apply("is").dataType());
        assertEquals(DataTypes.createArrayType(DataTypes.StringType, true), schema.apply("ss").dataType());
        assertEquals(CypherType.listOf(CypherType.FLOAT), table.properties().get("ds"));

        Row row = LoadedGraph.rows(table).get(0);
        assertEquals(9_000_000_000L, row.<Long>getAs("l"));
        assertEquals(300L, row.<Long>getAs("s"));
        assertEquals(1.5, row.<Double>getAs("f"));
        assertEquals(-225.0, row.<Double>getAs("d"));
        assertEquals(true, row.<Boolean>getAs("ok"));
        assertEquals(List.of(1L, 2L), row.getList(row.fieldIndex("is")));
        assertEquals(List.of(3L), row.getList(row.fieldIndex("ls")));
        assertEquals(List.of(1.0, 2.5), row.getList(row.fieldIndex("ds")));
        assertEquals(List.of(true, false), row.getList(row.fieldIndex("bs")));
        assertEquals(List.of("a", "b c"), row.getList(row.fieldIndex("ss")));
    }

    @Test
    void emptyCellsAreAbsentAndQuotedEmptyStringsAreEmpty() {
        files().file("nodes/P.csv", ":ID,name,age:int,tags:string[]", "1,,,", "2,\"\",\"\",\"\"", "3,c,3,x");
        List<Row> rows = LoadedGraph.rows(LoadedGraph.load(dir).nodes("P"));
        assertNull(rows.get(0).getAs("name"));
        assertNull(rows.get(0).getAs("age"));
        assertNull(rows.get(0).getAs("tags"));
        assertEquals("", rows.get(1).getAs("name"));
        assertNull(rows.get(1).getAs("age"));
        assertEquals(List.of(), rows.get(1).getList(rows.get(1).fieldIndex("tags")));
    }

    @Test
    void readsQuotesNewlinesUtf8BomAndCrLf() {
        String text = "\uFEFF:ID,name,note\r\n"
                + "1,Zoë Müller,\"says \"\"hi\"\", then\r\nleaves\"\r\n"
                + "2,東京,\"a,b\"\r\n";
        files().bytes("nodes/Person.csv", text.getBytes(StandardCharsets.UTF_8));
        List<Row> rows = LoadedGraph.rows(LoadedGraph.load(dir).nodes("Person"));
        assertEquals(2, rows.size());
        assertEquals("Zoë Müller", rows.get(0).getAs("name"));
        assertEquals("says \"hi\", then\r\nleaves", rows.get(0).getAs("note"));
        assertEquals("東京", rows.get(1).getAs("name"));
        assertEquals("a,b", rows.get(1).getAs("note"));
    }

    @Test
    void usesTheDelimitersFromTheOptions() {
        files().file("nodes/Person.csv", "id:ID|name|nick:string[]", "1|Smith, Ann|a,b")
                .file("relationships/KNOWS.csv", ":START_ID|:END_ID", "1|1");
        LoadedGraph g = LoadedGraph.load(dir, CsvOptions.DEFAULTS.withDelimiter('|').withArrayDelimiter(','));
        Row row = LoadedGraph.rows(g.nodes("Person")).get(0);
        assertEquals("Smith, Ann", row.getAs("name"));
        assertEquals(List.of("a", "b"), row.getList(row.fieldIndex("nick")));
        assertEquals(1, LoadedGraph.rows(g.relationships("KNOWS")).size());
    }

    @Test
    void typeColumnGivesEachRowItsTypeAndIdsRunAcrossFiles() {
        files().file("nodes/N.csv", ":ID", "a", "b")
                .file("relationships/A.csv", ":START_ID,:END_ID,:TYPE,weight:double",
                        "a,b,LIKES,0.5", "b,a,HATES,", "a,a,LIKES,1")
                .file("relationships/B.csv", ":START_ID,:END_ID,w:int", "b,b,7");
        LoadedGraph g = LoadedGraph.load(dir);
        assertEquals(List.of("LIKES", "HATES", "B"),
                g.graph().relationshipTables().stream().map(RelationshipTable::type).toList());
        assertEquals(List.of(0L, 2L), ids(LoadedGraph.rows(g.relationships("LIKES"))));
        assertEquals(List.of(1L), ids(LoadedGraph.rows(g.relationships("HATES"))));
        assertEquals(List.of(3L), ids(LoadedGraph.rows(g.relationships("B"))));
        StructType schema = g.relationships("LIKES").data().schema();
        assertEquals(List.of(":id", ":source", ":target", "weight"), List.of(schema.fieldNames()));
    }

    @Test
    void aLabelCombinationTakesTheUnionOfItsFilesProperties() {
        files().file("nodes/A.csv", ":ID,name,:LABEL", "1,a,Person", "2,b,Robot")
                .file("nodes/Person.csv", ":ID,age:int", "3,33");
        LoadedGraph g = LoadedGraph.load(dir);
        NodeTable people = g.nodes("Person");
        Map<String, CypherType> expected = new LinkedHashMap<>();
        expected.put("name", CypherType.STRING);
        expected.put("age", CypherType.INTEGER);
        assertEquals(expected, people.properties());
        List<Row> rows = LoadedGraph.rows(people);
        assertEquals(List.of(0L, 2L), ids(rows));
        assertNull(rows.get(0).getAs("age"));
        assertNull(rows.get(1).getAs("name"));
        assertEquals(Map.of("name", CypherType.STRING), g.nodes("Robot").properties());
    }

    @Test
    void ignoredColumnsAndNonCsvFilesAreSkipped() {
        files().file("nodes/P.csv", ":ID,secret:IGNORE,name", "1,x,a")
                .file("nodes/README.md", "not a node file");
        NodeTable table = LoadedGraph.load(dir).nodes("P");
        assertEquals(Set.of("name"), table.properties().keySet());
        assertEquals(List.of(":id", "name"), List.of(table.data().schema().fieldNames()));
    }

    @Test
    void theSessionLoadsThroughThisLoader() {
        files().file("nodes/P.csv", ":ID", "1");
        var graph = TestSpark.quiver().loadGraph(dir);
        assertEquals(Set.of("P"), graph.schema().labels());
    }

    @Test
    void headerOnlyFilesLoadNoRows() {
        files().file("nodes/P.csv", ":ID,name").file("relationships/R.csv", ":START_ID,:END_ID");
        LoadedGraph g = LoadedGraph.load(dir);
        assertTrue(g.graph().nodeTables().isEmpty());
        assertTrue(g.graph().relationshipTables().isEmpty());
    }
}
