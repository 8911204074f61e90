package org.quiver.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quiver.parser.error.DataError;
import org.quiver.planner.types.CypherType;

class HeaderParserTest {

    private static CsvHeader parse(String... fields) {
        List<CsvField> record = Arrays.stream(fields).map(f -> new CsvField(f, false)).toList();
        return HeaderParser.parse("nodes/Test.csv", new CsvRecord(1, record));
    }

    private static DataError error(String... fields) {
        return assertThrows(DataError.class, () -> parse(fields));
    }

    @Test
    void readsEveryNodeColumnForm() {
        CsvHeader header = parse(":ID", "name", "age:int", ":LABEL", "skip:IGNORE");
        assertEquals(List.of(
                new IdColumn(":ID", Optional.empty(), IdSpace.GLOBAL),
                new PropertyColumn("name", "name", PropertyType.STRING),
                new PropertyColumn("age:int", "age", new PropertyType(ScalarType.INT, false)),
                new LabelColumn(":LABEL"),
                new IgnoredColumn("skip:IGNORE")), header.columns());
    }

    @Test
    void namedIdInAnIdSpaceIsAlsoAStringProperty() {
        CsvHeader header = parse("personId:ID(Person)", "score:double");
        assertEquals(new IdColumn("personId:ID(Person)", Optional.of("personId"), new IdSpace("Person")),
                header.column(0));
        assertEquals(Map.of("personId", CypherType.STRING, "score", CypherType.FLOAT), header.propertyTypes());
    }

    @Test
    void splitsNameAndTypeAtTheLastColonOutsideParentheses() {
        assertEquals(new IdColumn("id:ID(ns:Person)", Optional.of("id"), new IdSpace("ns:Person")),
                parse("id:ID(ns:Person)").column(0));
        assertEquals(new PropertyColumn("f(x):int", "f(x)", new PropertyType(ScalarType.INT, false)),
                parse(":ID", "f(x):int").column(1));
        assertEquals(new PropertyColumn("a:b:long", "a:b", new PropertyType(ScalarType.LONG, false)),
                parse(":ID", "a:b:long").column(1));
    }

    @Test
    void readsRelationshipColumns() {
        CsvHeader header = parse(":START_ID(Person)", ":END_ID", ":TYPE", "since:int");
        assertEquals(new StartIdColumn(":START_ID(Person)", new IdSpace("Person")), header.column(0));
        assertEquals(new EndIdColumn(":END_ID", IdSpace.GLOBAL), header.column(1));
        assertEquals(new TypeColumn(":TYPE"), header.column(2));
    }

    @Test
    void typesAndKeywordsAreCaseInsensitive() {
        CsvHeader header = parse(":id", "a:INT", "b:Boolean", "c:String[]", "d:label");
        assertEquals(new PropertyType(ScalarType.INT, false), ((PropertyColumn) header.column(1)).type());
        assertEquals(new PropertyType(ScalarType.BOOLEAN, false), ((PropertyColumn) header.column(2)).type());
        assertEquals(new PropertyType(ScalarType.STRING, true), ((PropertyColumn) header.column(3)).type());
        assertEquals(new LabelColumn("d:label"), header.column(4));
    }

    @Test
    void mapsEveryTypeToItsCypherType() {
        CsvHeader header = parse("a:int", "b:long", "c:byte", "d:short", "e:float", "f:double", "g:boolean",
                "h:string", "i:int[]", "j:long[]", "k:float[]", "l:double[]", "m:boolean[]", "n:string[]");
        Map<String, CypherType> types = header.propertyTypes();
        for (String key : List.of("a", "b", "c", "d")) {
            assertEquals(CypherType.INTEGER, types.get(key), key);
        }
        assertEquals(CypherType.FLOAT, types.get("e"));
        assertEquals(CypherType.FLOAT, types.get("f"));
        assertEquals(CypherType.BOOLEAN, types.get("g"));
        assertEquals(CypherType.STRING, types.get("h"));
        assertEquals(CypherType.listOf(CypherType.INTEGER), types.get("i"));
        assertEquals(CypherType.listOf(CypherType.INTEGER), types.get("j"));
        assertEquals(CypherType.listOf(CypherType.FLOAT), types.get("k"));
        assertEquals(CypherType.listOf(CypherType.FLOAT), types.get("l"));
        assertEquals(CypherType.listOf(CypherType.BOOLEAN), types.get("m"));
        assertEquals(CypherType.listOf(CypherType.STRING), types.get("n"));
    }

    @Test
    void rejectsAnUnknownType() {
        DataError e = error(":ID", "age:integer");
        assertEquals("nodes/Test.csv", e.source());
        assertEquals(1, e.row());
        assertEquals("age:integer", e.column());
        assertTrue(e.reason().contains("unknown type `integer`"), e.reason());
    }

    @Test
    void rejectsTemporalTypesAsNotYetSupported() {
        DataError e = error(":ID", "born:date");
        assertEquals("born:date", e.column());
        assertEquals("type `date` is not supported yet", e.reason().substring(e.reason().indexOf("type")));
        assertEquals("when:DateTime", error(":ID", "when:DateTime").column());
        assertEquals("at:point", error(":ID", "at:point").column());
    }

    @Test
    void rejectsAPropertyDeclaredTwice() {
        DataError e = error(":ID", "name", "age:int", "name:string");
        assertEquals(1, e.row());
        assertEquals("name:string", e.column());
        assertEquals("name", error("name:ID", "name").column());
    }

    @Test
    void rejectsATypedColumnWithoutAName() {
        assertEquals(":int", error(":ID", ":int").column());
    }

    @Test
    void rejectsAnEmptyHeaderField() {
        assertEquals("#2", error(":ID", "").column());
    }
}
