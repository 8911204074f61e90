package org.quiver.arrow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.quiver.planner.types.CypherType;

/**
 * Rows of Java values, as a result gives them, written as an Arrow IPC file in batches of any size
 * and read back with Arrow's reader, are the same rows, nulls included (no Spark involved).
 */
class ArrowRoundTripProperties {
    private static final List<String> NAMES = List.of("i", "s", "l", "ls");
    private static final List<CypherType> TYPES = List.of(CypherType.INTEGER, CypherType.STRING,
            CypherType.listOf(CypherType.INTEGER), CypherType.listOf(CypherType.STRING));

    @Property(tries = 100)
    void rowsRoundTripThroughAnArrowFile(@ForAll("rows") List<List<Object>> rows,
            @ForAll @IntRange(min = 1, max = 7) int batchRows) throws IOException {
        ArrowFiles file = ArrowFiles.read(write(NAMES, TYPES, rows, batchRows));

        assertEquals(rows, file.rows());
        assertEquals((rows.size() + batchRows - 1) / batchRows, file.batches().size());
    }

    @Example
    void aMapWithAKeyItsTypeDoesNotNameFails() {
        CypherType known = new CypherType.MapOf(Map.of("a", CypherType.INTEGER));
        List<List<Object>> rows = List.of(List.of(Map.of("a", 1L, "b", 2L)));
        IllegalStateException error = assertThrows(IllegalStateException.class,
                () -> write(List.of("m"), List.of(known), rows, 10));
        assertTrue(error.getMessage().contains("the key b"), error.getMessage());
    }

    @Example
    void aValueOfAnotherClassThanItsColumnTypeFails() {
        IllegalStateException error = assertThrows(IllegalStateException.class,
                () -> write(List.of("i"), List.of(CypherType.INTEGER), List.of(List.of("7")), 10));
        assertTrue(error.getMessage().contains("column type Integer came as java.lang.String"), error.getMessage());
    }

    @Provide
    Arbitrary<List<List<Object>>> rows() {
        Arbitrary<Long> integers = Arbitraries.longs().injectNull(0.2);
        Arbitrary<String> strings = Arbitraries.strings().withCharRange('a', 'z').withChars('é', 'ß', '"', ' ', '\n')
                .ofMaxLength(8).injectNull(0.2);
        Arbitrary<List<Long>> integerLists = integers.list().ofMaxSize(4).injectNull(0.2);
        Arbitrary<List<String>> stringLists = strings.list().ofMaxSize(4).injectNull(0.2);
        Arbitrary<List<Object>> row = Combinators.combine(integers, strings, integerLists, stringLists)
                .as((i, s, l, ls) -> Arrays.<Object>asList(i, s, l, ls));
        return row.list().ofMaxSize(20);
    }

    private static byte[] write(List<String> names, List<CypherType> types, List<List<Object>> rows, int batchRows)
            throws IOException {
        List<List<List<Object>>> batches = new ArrayList<>();
        for (int start = 0; start < rows.size(); start += batchRows) {
            batches.add(rows.subList(start, Math.min(rows.size(), start + batchRows)));
        }
        Iterator<List<List<Object>>> iterator = batches.iterator();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (BufferAllocator allocator = new RootAllocator();
                ResultArrowReader reader = ResultArrowReader.ofRows(names, types, iterator, allocator)) {
            ArrowFileExport.write(reader, out);
        }
        return out.toByteArray();
    }
}
