package org.quiver.mapping;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructField;
import org.quiver.graph.NodeTable;

/**
 * A node table as mapped: its tag, its resolved key columns and its id column, which relationship
 * tables need to find their end nodes.
 */
record MappedNodes(int tag, NodeTableMapping mapping, List<StructField> key, Column id, NodeTable table) {

    /** Whether an end node's id follows from the reference columns alone (one integral key column). */
    boolean integralKey() {
        return key.size() == 1 && PropertyTypes.integral(key.get(0).dataType());
    }

    /** Each row's key columns, named {@code prefix0, prefix1, …}, and its id, named {@code prefix}. */
    Dataset<Row> keysAndIds(String prefix) {
        List<Column> columns = new ArrayList<>();
        for (int i = 0; i < key.size(); i++) {
            columns.add(mapping.data().col(GraphMapper.quoted(key.get(i).name())).as(prefix + i));
        }
        columns.add(id.as(prefix));
        return mapping.data().select(columns.toArray(Column[]::new));
    }
}
