package org.quiver.arrow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.ipc.ArrowReader;
import org.apache.arrow.vector.types.DateUnit;
import org.apache.arrow.vector.types.FloatingPointPrecision;
import org.apache.arrow.vector.types.TimeUnit;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.Field;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quiver.api.CypherResult;
import org.quiver.api.Node;
import org.quiver.api.PropertyGraph;
import org.quiver.api.QuiverSession;
import org.quiver.api.Relationship;
import org.quiver.parser.error.Cancelled;
import org.quiver.parser.error.CypherException;
import org.quiver.parser.error.UnsupportedFeature;
import org.quiver.testing.TestSpark;

/** Query results written as Arrow IPC files and read back with Arrow's own file reader. */
class ArrowExportTest {
    private static QuiverSession quiver;
    private static PropertyGraph people;

    @BeforeAll
    static void graph() {
        quiver = TestSpark.quiver();
        people = quiver.cypher(quiver.emptyGraph(), "CREATE (:Person {name: 'Alice', age: 33})"
                + "-[:KNOWS {since: 2010}]->(:Person:Admin {name: 'Bob'})").graph();
    }

    @Test
    void scalarsAreArrowsOwnTypesWithTheirCypherTypeInTheMetadata() throws IOException {
        ArrowFiles file = export(quiver.cypher("RETURN 1 AS i, 1.5 AS f, 'héllo \"q\"' AS s, true AS b, null AS n"), 10);

        assertEquals(List.of(Arrays.asList(1L, 1.5, "héllo \"q\"", true, null)), file.rows());
        assertEquals(List.of(new ArrowType.Int(64, true), new ArrowType.FloatingPoint(FloatingPointPrecision.DOUBLE),
                ArrowType.Utf8.INSTANCE, ArrowType.Bool.INSTANCE, ArrowType.Null.INSTANCE), types(file.schema().getFields()));
        assertEquals(List.of("Integer", "Float", "String", "Boolean", "Null"), cypherTypes(file.schema().getFields()));
    }

    @Test
    void nullsAreArrowNullsInEveryKindOfColumn() throws IOException {
        ArrowFiles file = export(quiver.cypher("UNWIND [1, 2, 3] AS x WITH x, x = 2 AS gap RETURN"
                + " CASE WHEN gap THEN null ELSE x END AS i, CASE WHEN gap THEN null ELSE toString(x) END AS s,"
                + " CASE WHEN gap THEN null ELSE [x, null] END AS l, CASE WHEN gap THEN null ELSE date('2020-01-01') END AS d,"
                + " CASE WHEN gap THEN null ELSE duration('P1D') END AS du"), 10);

        Map<String, Object> oneDay = struct("months", 0L, "days", 1L, "seconds", 0L, "nanoseconds", 0);
        int day = (int) LocalDate.of(2020, 1, 1).toEpochDay();
        assertEquals(List.of(
                Arrays.asList(1L, "1", Arrays.asList(1L, null), day, oneDay),
                Arrays.asList(null, null, null, null, null),
                Arrays.asList(3L, "3", Arrays.asList(3L, null), day, oneDay)), file.rows());
        assertEquals("List<Integer>", cypherTypes(file.schema().getFields()).get(2));
    }

    @Test
    void listsNestAndMixedValuesAreCypherText() throws IOException {
        ArrowFiles file = export(quiver.cypher(
                "RETURN [1, null, 3] AS l, [[1], [2, 3], []] AS ll, ['a', 'b'] AS s, [1, 'a', 2.5, [true]] AS mixed"), 10);

        assertEquals(List.of(List.of(Arrays.asList(1L, null, 3L), List.of(List.of(1L), List.of(2L, 3L), List.of()),
                List.of("a", "b"), List.of("1", "\"a\"", "2.5", "[true]"))), file.rows());
        Field nested = file.schema().getFields().get(1);
        assertEquals(ArrowType.List.INSTANCE, nested.getType());
        assertEquals(ArrowType.List.INSTANCE, nested.getChildren().get(0).getType());
        assertEquals(new ArrowType.Int(64, true), nested.getChildren().get(0).getChildren().get(0).getType());
        Field mixed = file.schema().getFields().get(3);
        assertEquals("List<Any>", mixed.getMetadata().get(ResultArrowReader.CYPHER_TYPE));
        assertEquals(ArrowType.Utf8.INSTANCE, mixed.getChildren().get(0).getType());
        assertEquals("Any", mixed.getChildren().get(0).getMetadata().get(ResultArrowReader.CYPHER_TYPE));
    }

    @Test
    void temporalValuesKeepTheirNanosecondsOffsetsAndZones() throws IOException {
        ArrowFiles file = export(quiver.cypher("RETURN date('2020-01-02') AS d, localtime('12:34:56.000000001') AS lt,"
                + " localdatetime('2020-01-02T03:04:05.123456789') AS ldt, time('12:00:00.5+01:00') AS t,"
                + " datetime('2015-07-21T21:40:32.142+01:00[Europe/London]') AS dt,"
                + " datetime('2015-07-21T21:40:32-02:30') AS dto, duration('P1Y2M3DT4H5.5S') AS du"), 10);

        ZonedDateTime london = ZonedDateTime.parse("2015-07-21T21:40:32.142+01:00[Europe/London]");
        ZonedDateTime fixed = ZonedDateTime.parse("2015-07-21T21:40:32-02:30");
        assertEquals(List.of(List.of(
                (int) LocalDate.of(2020, 1, 2).toEpochDay(),
                LocalTime.parse("12:34:56.000000001").toNanoOfDay(),
                LocalDateTime.parse("2020-01-02T03:04:05.123456789"),
                struct("time", LocalTime.parse("12:00:00.5").toNanoOfDay(), "offset_seconds", 3600),
                struct("instant", epochNanos(london), "offset_seconds", 3600, "zone", "Europe/London"),
                struct("instant", epochNanos(fixed), "offset_seconds", -9000),
                struct("months", 14L, "days", 3L, "seconds", 4 * 3600L + 5, "nanoseconds", 500_000_000))),
                file.rows());
        List<Field> fields = file.schema().getFields();
        assertEquals(List.of(new ArrowType.Date(DateUnit.DAY), new ArrowType.Time(TimeUnit.NANOSECOND, 64),
                new ArrowType.Timestamp(TimeUnit.NANOSECOND, null), ArrowType.Struct.INSTANCE, ArrowType.Struct.INSTANCE,
                ArrowType.Struct.INSTANCE, ArrowType.Struct.INSTANCE), types(fields));
        assertEquals(new ArrowType.Timestamp(TimeUnit.NANOSECOND, "UTC"), fields.get(4).getChildren().get(0).getType());
        assertEquals(List.of("Date", "LocalTime", "LocalDateTime", "Time", "DateTime", "DateTime", "Duration"),
                cypherTypes(fields));
    }

    @Test
    void aLocalDateTimeOutsideNanosecondTimestampsIsUnsupportedNotTruncated() {
        CypherResult result = quiver.cypher("RETURN localdatetime('1500-01-01T00:00') AS t");
        UnsupportedFeature error = assertThrows(UnsupportedFeature.class, () -> export(result, 10));
        assertTrue(error.getMessage().contains("1677 to 2262"), error.getMessage());
    }

    @Test
    void mapsWithKnownKeysAreStructsAndOtherMapsCypherText() throws IOException {
        ArrowFiles file = export(quiver.cypher(people,
                "MATCH (n:Person {name: 'Alice'}) RETURN {a: 1, b: 'x', c: null} AS known, properties(n) AS props"), 10);

        assertEquals(List.of(List.of(struct("a", 1L, "b", "x"), "{age: 33, name: \"Alice\"}")), file.rows());
        Field known = file.schema().getFields().get(0);
        assertEquals(ArrowType.Struct.INSTANCE, known.getType());
        assertEquals(List.of("a", "b", "c"), known.getChildren().stream().map(Field::getName).toList());
        assertEquals("Null", known.getChildren().get(2).getMetadata().get(ResultArrowReader.CYPHER_TYPE));
        // properties(n) has no static key set: a value of type Any, written as its Cypher text.
        assertEquals(List.of("Map", "Any"), cypherTypes(file.schema().getFields()));
    }

    @Test
    void nodesRelationshipsAndPathsAreStructs() throws IOException {
        CypherResult result = quiver.cypher(people, "MATCH p = (a)-[r]->(b) RETURN a, r, p");
        List<Object> row = result.rows().get(0);
        Node alice = (Node) row.get(0);
        Relationship knows = (Relationship) row.get(1);
        Node bob = ((org.quiver.api.Path) row.get(2)).nodes().get(1);

        ArrowFiles file = export(result, 10);

        Map<String, Object> aliceStruct = struct("id", alice.id(), "labels", List.of("Person"),
                "properties", "{age: 33, name: \"Alice\"}");
        Map<String, Object> bobStruct = struct("id", bob.id(), "labels", List.of("Admin", "Person"),
                "properties", "{name: \"Bob\"}");
        Map<String, Object> knowsStruct = struct("id", knows.id(), "type", "KNOWS", "start", alice.id(),
                "end", bob.id(), "properties", "{since: 2010}");
        assertEquals(List.of(List.of(aliceStruct, knowsStruct,
                struct("nodes", List.of(aliceStruct, bobStruct), "relationships", List.of(knowsStruct)))), file.rows());
        assertEquals(List.of("Node", "Relationship", "Path"), cypherTypes(file.schema().getFields()));
    }

    @Test
    void anEmptyResultHasItsSchemaAndNoBatch() throws IOException {
        ArrowFiles file = export(quiver.cypher("UNWIND range(1, 3) AS i WITH i WHERE i > 5 RETURN i, toString(i) AS s"), 10);

        assertEquals(List.of(), file.batches());
        assertEquals(List.of("i", "s"), file.schema().getFields().stream().map(Field::getName).toList());
        assertEquals(List.of(new ArrowType.Int(64, true), ArrowType.Utf8.INSTANCE), types(file.schema().getFields()));
    }

    @Test
    void rowsComeInBatchesOfTheSizeAsked() throws IOException {
        ArrowFiles file = export(quiver.cypher("UNWIND range(1, 10) AS i RETURN i, [i] AS l"), 3);

        assertEquals(List.of(3, 3, 3, 1), file.batches().stream().map(List::size).toList());
        List<List<Object>> expected = new ArrayList<>();
        for (long i = 1; i <= 10; i++) {
            expected.add(List.of(i, List.of(i)));
        }
        assertEquals(expected, file.rows());
    }

    @Test
    void rowsAlreadyReadAreExportedFromMemory() throws IOException {
        CypherResult result = quiver.cypher("UNWIND range(1, 5) AS i RETURN i * 2 AS d");
        List<List<Object>> javaRows = result.rows();

        assertEquals(javaRows, export(result, 2).rows());
    }

    @Test
    void aReaderOverTheCallersAllocatorFreesEveryBufferOnClose() throws IOException {
        CypherResult result = quiver.cypher("UNWIND range(1, 7) AS i RETURN i, 'n' + i AS s, [i, i] AS l");
        long rows = 0;
        int batches = 0;
        try (BufferAllocator allocator = new RootAllocator()) {
            try (ArrowReader reader = result.toArrow(allocator, 4)) {
                while (reader.loadNextBatch()) {
                    batches++;
                    rows += reader.getVectorSchemaRoot().getRowCount();
                    assertEquals("n" + rows, reader.getVectorSchemaRoot().getVector("s")
                            .getObject(reader.getVectorSchemaRoot().getRowCount() - 1).toString());
                }
                assertFalse(reader.loadNextBatch());
            }
            assertEquals(0, allocator.getAllocatedMemory());
        }
        assertEquals(7, rows);
        assertEquals(2, batches);
        try (ArrowReader own = result.toArrow()) {
            assertTrue(own.loadNextBatch());
            assertEquals(7, own.getVectorSchemaRoot().getRowCount());
        }
    }

    @Test
    void aCancelledQueryLoadsNoBatch() throws IOException {
        CypherResult result = quiver.cypher("UNWIND range(1, 5) AS i RETURN i");
        result.cancel();
        try (BufferAllocator allocator = new RootAllocator(); ArrowReader reader = result.toArrow(allocator, 2)) {
            assertThrows(Cancelled.class, reader::loadNextBatch);
        }
    }

    @Test
    void writeArrowReplacesAFileOnlyWhenTheQuerySucceeds(@TempDir Path directory) throws IOException {
        Path file = directory.resolve("out.arrow");
        assertEquals(3, quiver.cypher("UNWIND [1, 2, 3] AS x RETURN x").writeArrow(file));
        byte[] written = Files.readAllBytes(file);
        assertEquals(List.of(List.of(1L), List.of(2L), List.of(3L)), ArrowFiles.read(written).rows());

        CypherResult failing = quiver.cypher("UNWIND [1, 0] AS x RETURN 1 / x AS q");
        assertThrows(CypherException.class, () -> failing.writeArrow(file));
        assertTrue(Arrays.equals(written, Files.readAllBytes(file)));
        try (var listing = Files.list(directory)) {
            assertEquals(List.of(file), listing.toList());
        }
        Path plain = Files.writeString(directory.resolve("plain.txt"), "");
        assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(file),
                "the permissions of any new file, not those of a temporary one");
    }

    private static ArrowFiles export(CypherResult result, int batchRows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ArrowFileExport.write(result, out, batchRows);
        return ArrowFiles.read(out.toByteArray());
    }

    private static List<ArrowType> types(List<Field> fields) {
        return fields.stream().map(Field::getType).toList();
    }

    private static List<String> cypherTypes(List<Field> fields) {
        return fields.stream().map(f -> f.getMetadata().get(ResultArrowReader.CYPHER_TYPE)).collect(Collectors.toList());
    }

    private static long epochNanos(ZonedDateTime time) {
        return time.toEpochSecond() * 1_000_000_000L + time.getNano();
    }

    /** A struct as Arrow's reader gives it: its non-null fields by name, in order. */
    private static Map<String, Object> struct(Object... namesAndValues) {
        Map<String, Object> struct = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            struct.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return struct;
    }
}
