package org.quiver.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.quiver.parser.error.DataError;
import org.quiver.parser.error.UnsupportedFeature;

/**
 * Writes one table in stored form to files of a format, and reads it back lazily (no job runs but
 * the footer or log reads that give the schema), checking the files hold the columns the manifest
 * promises.
 */
final class TableFiles {
    private final SparkSession spark;

    TableFiles(SparkSession spark) {
        this.spark = spark;
    }

    /** @return the Delta table version written; empty for the other formats */
    OptionalLong write(Dataset<Row> stored, StoreFormat format, Path path, TableKind kind, String name,
            List<StoredProperty> properties) {
        switch (format) {
            case DELTA -> {
                requireDeltaSession();
                // One Delta table per label combination serves every graph version: each overwrite is
                // a new table version, and a graph version's manifest names the one it reads.
                stored.write().format("delta").mode(SaveMode.Overwrite).option("overwriteSchema", "true")
                        .save(path.toString());
                Row latest = io.delta.tables.DeltaTable.forPath(spark, path.toString()).history(1)
                        .select("version").first();
                return OptionalLong.of(latest.getLong(0));
            }
            case PARQUET, ORC -> {
                if (format == StoreFormat.ORC) {
                    requireNoMixedTypes(properties);
                }
                stored.write().format(format.id()).mode(SaveMode.ErrorIfExists).save(path.toString());
            }
            case CSV -> CsvTableFiles.write(stored, kind, name, properties, path, path.getFileName().toString());
        }
        return OptionalLong.empty();
    }

    /** ORC files have no column type for values of different types (Spark's variant); Delta and Parquet do. */
    private static void requireNoMixedTypes(List<StoredProperty> properties) {
        for (StoredProperty property : properties) {
            if (property.type().isMixed()) {
                throw new UnsupportedFeature("Storing property `" + property.key() + "`, whose values have different"
                        + " types (" + property.type().displayName() + "), in ORC (store the graph as delta or parquet)",
                        null);
            }
        }
    }

    private void requireDeltaSession() {
        String extensions = spark.conf().get("spark.sql.extensions", "");
        if (!extensions.contains("DeltaSparkSessionExtension")) {
            throw new UnsupportedFeature("Storing Delta tables from a Spark session without Delta's extension"
                    + " (build it with spark.sql.extensions=io.delta.sql.DeltaSparkSessionExtension and"
                    + " spark.sql.catalog.spark_catalog=org.apache.spark.sql.delta.catalog.DeltaCatalog, or store as parquet)",
                    null);
        }
    }

    /** The table in stored form; {@code manifest} names the manifest file in errors. */
    Dataset<Row> read(StoreFormat format, Path path, StoredTable table, TableKind kind, String manifest) {
        if (!Files.exists(path)) {
            throw new DataError(manifest, 0, null, "the manifest names the table " + table.path()
                    + ", which is not there (" + path + ")");
        }
        if (format == StoreFormat.CSV) {
            return CsvTableFiles.read(spark, path, kind, table.properties());
        }
        Dataset<Row> files;
        try {
            files = format == StoreFormat.DELTA
                    ? spark.read().format("delta").option("versionAsOf", table.tableVersion().orElseThrow(() ->
                            new DataError(manifest, 0, null, "the Delta table " + table.path() + " has no tableVersion")))
                            .load(path.toString())
                    : spark.read().format(format.id()).load(path.toString());
        } catch (DataError e) {
            throw e;
        } catch (Exception e) {
            // Spark's analysis errors are checked exceptions to Java, thrown undeclared.
            throw new DataError(dataFile(path, format).toString(), 0, null,
                    "cannot read the " + format.id() + " table the manifest " + manifest + " names: " + e.getMessage());
        }
        checkSchema(files.schema(), StoredColumns.schema(kind.storedIds(), table.properties()), table, path, format);
        return files;
    }

    private static void checkSchema(StructType actual, StructType expected, StoredTable table, Path path,
            StoreFormat format) {
        List<String> names = List.of(actual.fieldNames());
        for (StructField field : expected.fields()) {
            String column = describe(field.name(), table);
            if (!names.contains(field.name())) {
                throw new DataError(dataFile(path, format).toString(), 0, column,
                        "the " + format.id() + " file has no column " + field.name() + " (its columns: " + names + ")");
            }
            StructField found = actual.apply(field.name());
            if (!sameIgnoringNullability(found.dataType(), field.dataType())) {
                throw new DataError(dataFile(path, format).toString(), 0, column, "the " + format.id()
                        + " file holds " + found.dataType().sql() + " where the manifest wants " + field.dataType().sql());
            }
        }
    }

    /** Parquet and ORC read every column and struct field back as nullable. */
    private static boolean sameIgnoringNullability(DataType a, DataType b) {
        if (a instanceof StructType sa && b instanceof StructType sb) {
            if (sa.fields().length != sb.fields().length) {
                return false;
            }
            for (int i = 0; i < sa.fields().length; i++) {
                if (!sa.fields()[i].name().equals(sb.fields()[i].name())
                        || !sameIgnoringNullability(sa.fields()[i].dataType(), sb.fields()[i].dataType())) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof ArrayType aa && b instanceof ArrayType ab) {
            return sameIgnoringNullability(aa.elementType(), ab.elementType());
        }
        return a.equals(b);
    }

    private static String describe(String column, StoredTable table) {
        return table.properties().stream().filter(p -> p.column().equals(column)).findFirst()
                .map(p -> column + " (property " + p.key() + ")").orElse(column);
    }

    /** The table's first data file (what an error should point at), or the table directory when it has none. */
    private static Path dataFile(Path path, StoreFormat format) {
        if (!Files.isDirectory(path)) {
            return path;
        }
        String suffix = format == StoreFormat.DELTA ? ".parquet" : "." + format.id();
        try (Stream<Path> files = Files.walk(path)) {
            Optional<Path> first = files.filter(Files::isRegularFile)
                    .filter(f -> !f.getFileName().toString().startsWith(".") && !f.toString().contains("_delta_log"))
                    .filter(f -> f.getFileName().toString().endsWith(suffix))
                    .sorted()
                    .findFirst();
            return first.orElse(path);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + path, e);
        }
    }
}
