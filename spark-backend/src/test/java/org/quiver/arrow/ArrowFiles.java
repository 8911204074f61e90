package org.quiver.arrow;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.ipc.ArrowFileReader;
import org.apache.arrow.vector.types.pojo.Schema;
import org.apache.arrow.vector.util.ByteArrayReadableSeekableByteChannel;
import org.apache.arrow.vector.util.Text;

/** An Arrow IPC file read back with Arrow's own reader: its schema and each batch's rows as plain Java values. */
record ArrowFiles(Schema schema, List<List<List<Object>>> batches) {

    static ArrowFiles read(byte[] file) throws IOException {
        try (BufferAllocator allocator = new RootAllocator();
                ArrowFileReader reader = new ArrowFileReader(new ByteArrayReadableSeekableByteChannel(file), allocator)) {
            VectorSchemaRoot root = reader.getVectorSchemaRoot();
            List<List<List<Object>>> batches = new ArrayList<>();
            while (reader.loadNextBatch()) {
                batches.add(rows(root));
            }
            return new ArrowFiles(root.getSchema(), batches);
        }
    }

    /** The rows of a loaded batch, values as {@link #plain} makes them. */
    static List<List<Object>> rows(VectorSchemaRoot root) {
        List<List<Object>> rows = new ArrayList<>();
        for (int row = 0; row < root.getRowCount(); row++) {
            List<Object> values = new ArrayList<>();
            for (FieldVector vector : root.getFieldVectors()) {
                values.add(plain(vector.getObject(row)));
            }
            rows.add(values);
        }
        return rows;
    }

    /** All rows of all batches. */
    List<List<Object>> rows() {
        List<List<Object>> rows = new ArrayList<>();
        batches.forEach(rows::addAll);
        return rows;
    }

    /** Arrow's Java view of a value with its Text as String and its lists and structs as plain lists and maps. */
    static Object plain(Object value) {
        if (value instanceof Text text) {
            return text.toString();
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>();
            list.forEach(item -> out.add(plain(item)));
            return out;
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(k, plain(v)));
            return out;
        }
        return value;
    }
}
