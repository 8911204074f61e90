package org.quiver.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quiver.api.CypherResult;
import org.quiver.api.PropertyGraph;
import org.quiver.testing.TestSpark;

/**
 * Loading builds lazy DataFrames over the files (it reads the manifest and, for Parquet and ORC,
 * the files' schemas), and a query's columns and filters reach the Parquet reader.
 */
class StoredGraphPushdownTest {
    @TempDir
    Path temp;

    @Test
    void loadedTablesAreFileScansAndQueriesPruneAndPushDown() {
        Path directory = temp.resolve("g");
        GraphStore store = new GraphStore(TestSpark.spark());
        store.save(TestSpark.quiver().cypher(TestSpark.quiver().emptyGraph(),
                "CREATE (:Person {age: 41, name: 'Ann', notes: 'long text'}), (:Person {age: 7, name: 'Bo', notes: 'x'})")
                .graph(), directory, StoreFormat.PARQUET);

        PropertyGraph loaded = store.load(directory);
        // Over the files, not rows collected while loading (which would be a LocalRelation).
        String table = loaded.nodeTables().get(0).data().queryExecution().analyzed().toString();
        assertTrue(table.contains("parquet") && !table.contains("LocalRelation"), table);

        CypherResult result = TestSpark.quiver().cypher(loaded, "MATCH (p:Person) WHERE p.age = 41 RETURN p.name");
        String plan = result.toDataFrame().queryExecution().executedPlan().toString();
        // Properties are stored in key order: age p0, name p1, notes p2.
        assertTrue(plan.contains("EqualTo(p0,41)]"), plan);
        String readSchema = plan.substring(plan.indexOf("ReadSchema: "));
        readSchema = readSchema.substring(0, readSchema.indexOf('>') + 1);
        assertTrue(readSchema.contains("p0:bigint") && readSchema.contains("p1:string"), plan);
        assertTrue(!readSchema.contains("p2"), "the unused property is read: " + plan);
        assertEquals(List.of(List.of("Ann")), result.rows());
    }
}
