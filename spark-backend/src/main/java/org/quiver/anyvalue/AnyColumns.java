package org.quiver.anyvalue;

import static org.apache.spark.sql.functions.lit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.quiver.planner.types.CypherType;

/**
 * Values of static type Any on Spark: one {@code VariantType} column (a list of Any values is an
 * array of variants). This class turns columns of a known type into that encoding; Cypher null is
 * SQL NULL. Nodes, relationships and paths become variant objects with the reserved field names of
 * {@link VariantValues}.
 */
public final class AnyColumns {
    private AnyColumns() {
    }

    /** Whether values of {@code type} are held as variants (at the top level). */
    public static boolean isVariant(CypherType type) {
        return type == CypherType.ANY || type == CypherType.NUMBER;
    }

    /** {@code column}, holding values of {@code type}, as a variant column. */
    public static Column of(Column column, CypherType type) {
        if (isVariant(type)) {
            return column;
        }
        if (type == CypherType.NULL) {
            return lit(null).cast(DataTypes.VariantType);
        }
        if (type == CypherType.INTEGER || type == CypherType.FLOAT || type == CypherType.STRING
                || type == CypherType.BOOLEAN) {
            return column.cast(DataTypes.VariantType);
        }
        if (type instanceof CypherType.ListOf list) {
            CypherType element = list.element();
            return functions.to_variant_object(functions.transform(column, x -> of(x, element)));
        }
        if (type instanceof CypherType.MapOf map && !map.fields().isEmpty()) {
            List<Column> fields = new ArrayList<>();
            map.fields().forEach((key, fieldType) -> fields.add(of(column.getField(key), fieldType).as(key)));
            return functions.when(column.isNotNull(),
                    functions.to_variant_object(functions.struct(fields.toArray(Column[]::new))));
        }
        if (type == CypherType.NODE) {
            return functions.when(column.isNotNull(), functions.to_variant_object(nodeFields(column)));
        }
        if (type == CypherType.RELATIONSHIP) {
            return functions.when(column.isNotNull(), functions.to_variant_object(relationshipFields(column)));
        }
        if (type == CypherType.PATH) {
            Column nodes = functions.transform(column.getField("nodes"), AnyColumns::nodeFields);
            Column relationships = functions.transform(column.getField("relationships"), AnyColumns::relationshipFields);
            return functions.when(column.isNotNull(), functions.to_variant_object(functions.struct(
                    nodes.as(VariantValues.PATH_NODES), relationships.as(VariantValues.PATH_RELATIONSHIPS))));
        }
        // Maps without known keys and temporal structs: the temporal field names survive as object keys.
        return functions.to_variant_object(column);
    }

    /**
     * A table's column holding values of {@code own} in the encoding of {@code wanted}, a type that
     * accepts them: a variant where {@code wanted} is Any or Number, variant elements for a list of
     * them, else the Spark type of {@code wanted}.
     */
    public static Column widened(Column column, CypherType own, CypherType wanted) {
        if (isVariant(wanted)) {
            return isVariant(own) || own == CypherType.NULL || own.isMixed() ? of(column, own)
                    : of(column.cast(org.quiver.graph.SparkTypes.of(own)), own);
        }
        if (wanted instanceof CypherType.ListOf list && list.isMixed() && own instanceof CypherType.ListOf ownList) {
            return functions.transform(column, x -> widened(x, ownList.element(), list.element()));
        }
        return column.cast(org.quiver.graph.SparkTypes.of(wanted));
    }

    private static Column nodeFields(Column node) {
        return functions.struct(node.getField("id").as(VariantValues.NODE_ID),
                node.getField("labels").as(VariantValues.NODE_LABELS),
                node.getField("properties").as(VariantValues.NODE_PROPERTIES));
    }

    private static Column relationshipFields(Column r) {
        return functions.struct(r.getField("id").as(VariantValues.REL_ID), r.getField("type").as(VariantValues.REL_TYPE),
                r.getField("start").as(VariantValues.REL_START), r.getField("end").as(VariantValues.REL_END),
                r.getField("properties").as(VariantValues.REL_PROPERTIES));
    }

    /** A constant Java value (Long, Double, String, Boolean, List, Map, temporal) as a variant column. */
    public static Column literal(Object value) {
        if (value == null) {
            return lit(null).cast(DataTypes.VariantType);
        }
        if (value instanceof List<?> list) {
            Column[] elements = list.stream().map(AnyColumns::literal).toArray(Column[]::new);
            Column array = elements.length == 0
                    ? functions.array().cast(DataTypes.createArrayType(DataTypes.VariantType))
                    : functions.array(elements);
            return functions.to_variant_object(array);
        }
        if (value instanceof Map<?, ?> map && map.isEmpty()) {
            return functions.to_variant_object(
                    functions.map().cast(DataTypes.createMapType(DataTypes.StringType, DataTypes.StringType)));
        }
        if (value instanceof Map<?, ?> map) {
            List<Column> fields = new ArrayList<>();
            map.forEach((k, v) -> fields.add(literal(v).as(String.valueOf(k))));
            return functions.to_variant_object(functions.struct(fields.toArray(Column[]::new)));
        }
        if (org.quiver.temporal.TemporalRows.typeOfValue(value).isPresent()) {
            return functions.to_variant_object(org.quiver.temporal.TemporalUdfs.literal(value));
        }
        return lit(value).cast(DataTypes.VariantType);
    }

    /** A list of Any values (an array of variants) from a constant Java list. */
    public static Column literalList(List<?> values) {
        Column[] elements = values.stream().map(AnyColumns::literal).toArray(Column[]::new);
        return elements.length == 0 ? functions.array().cast(DataTypes.createArrayType(DataTypes.VariantType))
                : functions.array(elements);
    }
}
