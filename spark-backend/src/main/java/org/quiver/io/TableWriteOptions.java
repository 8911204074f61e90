package org.quiver.io;

import org.quiver.store.StoreFormat;

/**
 * How {@link CatalogGraphWriter} lays out the tables it writes: their file format and, for Parquet
 * and ORC, Spark bucketing.
 *
 * <p>Bucketed tables are hashed into {@code buckets} files by their join key and sorted by it:
 * node tables by id, relationship tables by source id ({@link RelationshipKey#SOURCE}, for
 * expansions that follow relationships forwards) or by target id ({@link RelationshipKey#TARGET},
 * backwards). A Cypher expansion that joins a node table with a relationship table on those keys
 * then reads both already partitioned alike and Spark plans the join without a shuffle. Spark
 * buckets only catalog tables in Parquet or ORC; Delta tables cannot be bucketed.
 *
 * <pre>{@code
 * quiver.writeGraph(graph, "analytics.social", TableWriteOptions.bucketed(16));
 * quiver.writeGraph(graph, "analytics.social_in", TableWriteOptions.bucketed(16).by(RelationshipKey.TARGET));
 * quiver.writeGraph(graph, "archive.social", TableWriteOptions.format(StoreFormat.DELTA));
 * }</pre>
 *
 * @param format the tables' format: Parquet, ORC or Delta
 * @param buckets the number of buckets, 0 for tables that are not bucketed
 * @param relationshipKey the column relationship tables are bucketed by
 */
public record TableWriteOptions(StoreFormat format, int buckets, RelationshipKey relationshipKey) {
    /** The end of a relationship its table is bucketed and sorted by. */
    public enum RelationshipKey {
        SOURCE,
        TARGET
    }

    public TableWriteOptions {
        if (format == StoreFormat.CSV) {
            throw new IllegalArgumentException("catalog tables are written as Parquet, ORC or Delta, not CSV "
                    + "(CSV holds neither lists nor temporal values); save a graph directory for CSV files");
        }
        if (buckets < 0) {
            throw new IllegalArgumentException("the bucket count must be positive, got " + buckets);
        }
        if (buckets > 0 && format == StoreFormat.DELTA) {
            throw new IllegalArgumentException(
                    "Delta tables cannot be bucketed (Spark buckets Parquet and ORC catalog tables only)");
        }
    }

    /** Parquet tables, not bucketed: what {@code writeGraph(graph, prefix)} writes. */
    public static TableWriteOptions defaults() {
        return new TableWriteOptions(StoreFormat.PARQUET, 0, RelationshipKey.SOURCE);
    }

    /** Tables in {@code format}, not bucketed. */
    public static TableWriteOptions format(StoreFormat format) {
        return new TableWriteOptions(format, 0, RelationshipKey.SOURCE);
    }

    /** Parquet tables in {@code buckets} buckets; relationship tables by source id. */
    public static TableWriteOptions bucketed(int buckets) {
        if (buckets < 1) {
            throw new IllegalArgumentException("the bucket count must be positive, got " + buckets);
        }
        return new TableWriteOptions(StoreFormat.PARQUET, buckets, RelationshipKey.SOURCE);
    }

    /** These options with relationship tables bucketed by {@code key}. */
    public TableWriteOptions by(RelationshipKey key) {
        return new TableWriteOptions(format, buckets, key);
    }

    /** These options with tables in {@code tableFormat}. */
    public TableWriteOptions in(StoreFormat tableFormat) {
        return new TableWriteOptions(tableFormat, buckets, relationshipKey);
    }

    public boolean isBucketed() {
        return buckets > 0;
    }
}
