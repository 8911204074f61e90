package org.quiver.arrow;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.ipc.ArrowReader;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.Schema;
import org.quiver.api.CypherResult;
import org.quiver.planner.types.CypherType;

/**
 * The rows of a {@link CypherResult} as Arrow record batches, read from Spark a batch at a time: the
 * driver holds one batch, never the whole result. Made by {@link CypherResult#toArrow}; an
 * {@link ArrowReader} like those of Arrow's IPC readers, so it also feeds Arrow's own writers and
 * its C data interface ({@code Data.exportArrayStream}).
 *
 * <pre>{@code
 * try (BufferAllocator allocator = new RootAllocator();
 *      ArrowReader reader = result.toArrow(allocator)) {
 *     VectorSchemaRoot batch = reader.getVectorSchemaRoot();
 *     while (reader.loadNextBatch()) {
 *         BigIntVector ages = (BigIntVector) batch.getVector("age");
 *         ...
 *     }
 * }
 * }</pre>
 *
 * <p>Each {@link #loadNextBatch()} refills the same {@link VectorSchemaRoot} with up to the batch size
 * of rows (the rows Spark reads for it run under the query's timeout and cancellation); the vectors of
 * the previous batch are then gone, so copy what must outlive a batch. The buffers come from the
 * allocator given; {@link #close()} frees them (and closes the allocator when the reader made its
 * own). An empty result gives the schema and no batch.
 *
 * <p>Each field holding Cypher values has their Cypher type in the metadata key {@link #CYPHER_TYPE};
 * nulls are Arrow nulls at any depth. The layouts:
 *
 * <ul>
 *   <li>Integer, Float, String, Boolean, null: {@code Int64}, {@code Float64}, {@code Utf8},
 *       {@code Bool}, {@code Null}; a list: {@code List} of its elements' layout;</li>
 *   <li>Date: {@code Date(DAY)}; LocalTime: {@code Time(NANOSECOND)}; LocalDateTime:
 *       {@code Timestamp(NANOSECOND)} without zone (years 1677 to 2262, others are an
 *       {@code UnsupportedFeature}); Time: {@code {time: Time(NANOSECOND), offset_seconds: Int32}};
 *       DateTime: {@code {instant: Timestamp(NANOSECOND, "UTC"), offset_seconds: Int32, zone: Utf8}}
 *       (zone null for a fixed offset); Duration: {@code {months, days, seconds: Int64,
 *       nanoseconds: Int32}};</li>
 *   <li>a map whose keys the query fixes: a struct with a field per key; Node: {@code {id: Int64,
 *       labels: List<Utf8>, properties: Utf8}}; Relationship: {@code {id, type: Utf8, start, end:
 *       Int64, properties: Utf8}}; Path: {@code {nodes: List<node>, relationships:
 *       List<relationship>}}, properties as Cypher map text ({@code {age: 33, name: "Alice"}});</li>
 *   <li>Any, Number and other maps: {@code Utf8}, the value's Cypher literal text ({@code 1},
 *       {@code "a"}), so that values of different types stay apart.</li>
 * </ul>
 *
 * <p>Not thread-safe.
 */
public final class ResultArrowReader extends ArrowReader {
    /** The field metadata key whose value is the Cypher type of the field's values ({@code Integer}, {@code List<String>}). */
    public static final String CYPHER_TYPE = "quiver.cypher_type";
    /** The rows of a batch unless the caller says otherwise. */
    public static final int DEFAULT_BATCH_ROWS = 65_536;

    private final Schema schema;
    private final List<ArrowColumn> columns;
    private final Iterator<List<List<Object>>> batches;
    private final BufferAllocator ownedAllocator;
    private long rowsRead;

    private ResultArrowReader(List<String> names, List<CypherType> types, Iterator<List<List<Object>>> batches,
            BufferAllocator allocator, boolean ownsAllocator) {
        super(allocator);
        columns = new ArrayList<>();
        List<Field> fields = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            ArrowColumn column = ArrowColumns.of(names.get(i), types.get(i));
            columns.add(column);
            fields.add(column.field());
        }
        this.schema = new Schema(fields);
        this.batches = batches;
        this.ownedAllocator = ownsAllocator ? allocator : null;
    }

    /** Over batches of Java rows with the given column names and types, for tests of the layouts without Spark. */
    static ResultArrowReader ofRows(List<String> names, List<CypherType> types, Iterator<List<List<Object>>> batches,
            BufferAllocator allocator) {
        return new ResultArrowReader(names, types, batches, allocator, false);
    }

    /** A reader whose buffers come from {@code allocator}, which stays the caller's to close (after the reader). */
    public static ResultArrowReader of(CypherResult result, BufferAllocator allocator, int batchRows) {
        return new ResultArrowReader(result.columns(), result.columnTypes(), result.rowBatches(batchRows), allocator,
                false);
    }

    /** A reader with an allocator of its own, closed with the reader. */
    public static ResultArrowReader withOwnAllocator(CypherResult result, int batchRows) {
        Iterator<List<List<Object>>> batches = result.rowBatches(batchRows);
        return new ResultArrowReader(result.columns(), result.columnTypes(), batches, new RootAllocator(), true);
    }

    @Override
    public boolean loadNextBatch() throws IOException {
        prepareLoadNextBatch();
        if (!batches.hasNext()) {
            return false;
        }
        List<List<Object>> rows = batches.next();
        VectorSchemaRoot root = getVectorSchemaRoot();
        root.allocateNew();
        for (int row = 0; row < rows.size(); row++) {
            List<Object> values = rows.get(row);
            for (int column = 0; column < columns.size(); column++) {
                columns.get(column).writer().put(root.getVector(column), row, values.get(column));
            }
        }
        root.setRowCount(rows.size());
        rowsRead += rows.size();
        return true;
    }

    /** Always 0: the source is a query, not bytes ({@link #rowsRead()} counts its rows). */
    @Override
    public long bytesRead() {
        return 0;
    }

    /** The rows loaded so far, over all batches. */
    public long rowsRead() {
        return rowsRead;
    }

    @Override
    protected void closeReadSource() {
        if (ownedAllocator != null) {
            ownedAllocator.close();
        }
    }

    @Override
    protected Schema readSchema() {
        return schema;
    }
}
