package org.quiver.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.quiver.graph.NodeTable;
import org.quiver.testing.TestSpark;

/** A graph that was not told its ids reads the largest from its tables, and CREATE numbers on from there. */
class PropertyGraphIdsTest {

    @Test
    void newIdsStartAfterTheLargestInAnyTable() {
        StructType schema = new StructType().add(NodeTable.ID, DataTypes.LongType, false);
        var a = TestSpark.spark().createDataFrame(List.of(RowFactory.create(3L), RowFactory.create(41L)), schema);
        var b = TestSpark.spark().createDataFrame(List.of(RowFactory.create(7L)), schema);
        PropertyGraph graph = new PropertyGraph(
                List.of(new NodeTable(Set.of("A"), Map.of(), a), new NodeTable(Set.of("B"), Map.of(), b)), List.of());
        assertEquals(42, graph.nextNodeId());
        assertEquals(0, graph.nextRelationshipId());

        PropertyGraph after = TestSpark.quiver().cypher(graph, "CREATE (n:C) RETURN id(n) AS id").graph();
        assertEquals(43, after.nextNodeId());
    }
}
