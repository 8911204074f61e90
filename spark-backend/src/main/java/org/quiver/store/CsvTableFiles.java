package org.quiver.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.DataFrameReader;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.quiver.compile.RuntimeErrors;
import org.quiver.parser.error.UnsupportedFeature;
import org.quiver.planner.types.CypherType;

/**
 * A stored table as one CSV file in the importer format {@link org.quiver.io.CsvGraphLoader} reads:
 * nodes as {@code :ID(node),:LABEL,name:string,…}, relationships as
 * {@code :START_ID(node),:END_ID(node),:TYPE,_id:IGNORE,…}, lists joined with {@code ;}, a quoted
 * empty field for the empty string and the empty list, an unquoted empty field for an absent value.
 *
 * <p>Read through the manifest, the ids, labels and types come back exactly; read as an importer
 * directory, the loader numbers elements afresh. Values the format cannot hold unambiguously (a list
 * element containing {@code ;} or null, the list {@code [""]}) fail the write with an error naming
 * the property; temporal properties are not written to CSV yet.
 */
final class CsvTableFiles {
    private static final String LIST_DELIMITER = ";";
    private static final String ID_SPACE = "node";
    /** What Spark's reader returns for an unquoted empty field: text no written value is (see {@link #write}). */
    private static final String UNQUOTED_EMPTY = "\u0000absent\u0000";

    private CsvTableFiles() {
    }

    private static final String NODE_ID = ":ID(" + ID_SPACE + ")";
    private static final String START_ID = ":START_ID(" + ID_SPACE + ")";
    private static final String END_ID = ":END_ID(" + ID_SPACE + ")";
    private static final String RELATIONSHIP_ID = StoredTable.ID + ":IGNORE";

    /** Writes {@code stored} (ids and properties in stored form) with the label or type cell {@code name}. */
    static void write(Dataset<Row> stored, TableKind kind, String name, List<StoredProperty> properties,
            Path file, String source) {
        List<Column> columns = new ArrayList<>();
        if (kind == TableKind.NODES) {
            columns.add(stored.col(StoredTable.ID).as(NODE_ID));
            columns.add(functions.lit(name).as(":LABEL"));
        } else {
            columns.add(stored.col(StoredTable.SOURCE).as(START_ID));
            columns.add(stored.col(StoredTable.TARGET).as(END_ID));
            columns.add(functions.lit(name).as(":TYPE"));
            columns.add(stored.col(StoredTable.ID).as(RELATIONSHIP_ID));
        }
        for (StoredProperty property : properties) {
            Column value = stored.col(property.column());
            if (property.type() instanceof CypherType.ListOf) {
                value = listText(value, source + ", property " + property.key());
            } else if (property.type() == CypherType.STRING) {
                value = functions.when(value.equalTo(UNQUOTED_EMPTY), RuntimeErrors.dataError(source + ", property "
                        + property.key(), functions.lit("CSV reserves the value \\u0000absent\\u0000"))).otherwise(value);
            }
            columns.add(value.as(header(property)));
        }
        Path staging = file.resolveSibling("." + file.getFileName() + ".parts");
        Dataset<Row> rows = stored.select(columns.toArray(Column[]::new));
        rows.coalesce(1).write()
                .option("header", true)
                .option("escape", "\"")
                .option("ignoreLeadingWhiteSpace", false)
                .option("ignoreTrailingWhiteSpace", false)
                .option("lineSep", "\n")
                .csv(staging.toString());
        movePart(staging, file, List.of(rows.columns()));
    }

    static Dataset<Row> read(SparkSession spark, Path file, TableKind kind, List<StoredProperty> properties) {
        // Named as the header is, so that Spark finds the header it expects.
        StructType schema = new StructType();
        if (kind == TableKind.NODES) {
            schema = schema.add(NODE_ID, DataTypes.LongType).add(":LABEL", DataTypes.StringType);
        } else {
            schema = schema.add(START_ID, DataTypes.LongType).add(END_ID, DataTypes.LongType)
                    .add(":TYPE", DataTypes.StringType).add(RELATIONSHIP_ID, DataTypes.LongType);
        }
        for (StoredProperty property : properties) {
            DataType stored = StoredColumns.storedType(property.type(), property.key());
            schema = schema.add(header(property), stored instanceof ArrayType ? DataTypes.StringType : stored);
        }
        DataFrameReader reader = spark.read().schema(schema)
                .option("header", true)
                // Spark reads both an unquoted empty field and a quoted one as its nullValue, "" by
                // default; with another nullValue, "" is the empty string (or list) again.
                .option("nullValue", UNQUOTED_EMPTY)
                .option("escape", "\"")
                .option("multiLine", true)
                .option("mode", "FAILFAST");
        Dataset<Row> rows = reader.csv(file.toString());
        List<Column> columns = new ArrayList<>();
        if (kind == TableKind.NODES) {
            columns.add(rows.col(StoredColumns.quoted(NODE_ID)).as(StoredTable.ID));
        } else {
            columns.add(rows.col(StoredColumns.quoted(RELATIONSHIP_ID)).as(StoredTable.ID));
            columns.add(rows.col(StoredColumns.quoted(START_ID)).as(StoredTable.SOURCE));
            columns.add(rows.col(StoredColumns.quoted(END_ID)).as(StoredTable.TARGET));
        }
        for (StoredProperty property : properties) {
            DataType stored = StoredColumns.storedType(property.type(), property.key());
            Column value = rows.col(StoredColumns.quoted(header(property)));
            columns.add((stored instanceof ArrayType array ? list(value, array) : value).as(property.column()));
        }
        return rows.select(columns.toArray(Column[]::new));
    }

    private static String quoted(String field) {
        boolean plain = field.chars().noneMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r');
        return plain ? field : "\"" + field.replace("\"", "\"\"") + "\"";
    }

    private static Column listText(Column list, String source) {
        Column text = functions.concat_ws(LIST_DELIMITER, functions.transform(list, x -> x.cast(DataTypes.StringType)));
        Column ambiguous = functions.exists(list, x -> x.isNull().or(x.cast(DataTypes.StringType).contains(LIST_DELIMITER)))
                .or(functions.size(list).equalTo(1).and(text.equalTo("")));
        return functions.when(ambiguous, RuntimeErrors.dataError(source, functions.concat(
                        functions.lit("CSV cannot hold the list "), functions.to_json(list),
                        functions.lit(" (an element is null, is empty or contains `" + LIST_DELIMITER
                                + "`); store the graph as delta, parquet or orc"))))
                .otherwise(text);
    }

    private static Column list(Column text, ArrayType type) {
        Column elements = functions.transform(functions.split(text, Pattern.quote(LIST_DELIMITER), -1),
                x -> x.cast(type.elementType()));
        return functions.when(text.isNull(), functions.lit(null).cast(type))
                .when(text.equalTo(""), functions.array().cast(type))
                .otherwise(elements);
    }

    private static String header(StoredProperty property) {
        return property.key() + ":" + importerType(property);
    }

    private static String importerType(StoredProperty property) {
        CypherType type = property.type();
        if (type instanceof CypherType.ListOf list) {
            return scalar(list.element(), property).orElseThrow(() -> unsupported(property)) + "[]";
        }
        return scalar(type, property).orElseThrow(() -> unsupported(property));
    }

    private static Optional<String> scalar(CypherType type, StoredProperty property) {
        if (type == CypherType.INTEGER) {
            return Optional.of("long");
        }
        if (type == CypherType.FLOAT) {
            return Optional.of("double");
        }
        if (type == CypherType.BOOLEAN) {
            return Optional.of("boolean");
        }
        if (type == CypherType.STRING || type == CypherType.NULL) {
            return Optional.of("string");
        }
        return Optional.empty();
    }

    private static UnsupportedFeature unsupported(StoredProperty property) {
        return new UnsupportedFeature("Storing property `" + property.key() + "` of type "
                + property.type().displayName() + " in CSV (store the graph as "
                + (property.type().isMixed() ? "delta or parquet" : "delta, parquet or orc") + ")", null);
    }

    /** Moves Spark's one part file to {@code file}; for a table without rows, Spark may write none. */
    private static void movePart(Path staging, Path file, List<String> header) {
        try (Stream<Path> files = Files.list(staging)) {
            Optional<Path> part = files.filter(f -> f.getFileName().toString().startsWith("part-"))
                    .min(Comparator.naturalOrder());
            if (part.isPresent() && Files.size(part.get()) > 0) {
                Files.move(part.get(), file);
            } else {
                Files.writeString(file, String.join(",", header.stream().map(CsvTableFiles::quoted).toList()) + "\n");
            }
            DirectoryTrees.delete(staging);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move the CSV file written to " + staging, e);
        }
    }
}
