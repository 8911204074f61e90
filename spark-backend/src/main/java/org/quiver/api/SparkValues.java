package org.quiver.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.quiver.planner.types.CypherType;
import scala.collection.Iterable;
import scala.jdk.javaapi.CollectionConverters;

/** Turns values read from result rows into the Java values {@link CypherResult} promises. */
final class SparkValues {
    private SparkValues() {
    }

    static Object toJava(Object value, CypherType type) {
        if (value == null) {
            return null;
        }
        if (value instanceof org.apache.spark.unsafe.types.VariantVal variant) {
            return org.quiver.anyvalue.VariantValues.toJava(variant);
        }
        if (type == CypherType.NODE) {
            return node((Row) value);
        }
        if (type == CypherType.RELATIONSHIP) {
            return relationship((Row) value);
        }
        if (value instanceof Row row && org.quiver.temporal.TemporalRows.isTemporal(row)) {
            return org.quiver.temporal.TemporalRows.decode(row);
        }
        if (type == CypherType.PATH) {
            return path((Row) value);
        }
        if (type instanceof CypherType.MapOf map && value instanceof Row row) {
            Map<String, Object> out = new LinkedHashMap<>();
            for (String name : row.schema().fieldNames()) {
                CypherType field = map.fields().get(name);
                Object v = row.get(row.fieldIndex(name));
                out.put(name, field == null ? plain(v) : toJava(v, field));
            }
            return out;
        }
        if (type instanceof CypherType.ListOf list) {
            List<Object> out = new ArrayList<>();
            for (Object element : elements(value)) {
                out.add(toJava(element, list.element()));
            }
            return java.util.Collections.unmodifiableList(out);
        }
        return plain(value);
    }

    /** A value whose Cypher type is not known statically: structs become maps. */
    private static Object plain(Object value) {
        if (value instanceof org.apache.spark.unsafe.types.VariantVal variant) {
            return org.quiver.anyvalue.VariantValues.toJava(variant);
        }
        if (value instanceof Integer i) {
            return i.longValue();
        }
        if (value instanceof Float f) {
            return f.doubleValue();
        }
        if (value instanceof Row row && org.quiver.temporal.TemporalRows.isTemporal(row)) {
            return org.quiver.temporal.TemporalRows.decode(row);
        }
        if (value instanceof Row row) {
            return map(row);
        }
        if (value instanceof scala.collection.Map<?, ?> scalaMap) {
            Map<String, Object> out = new LinkedHashMap<>();
            CollectionConverters.asJava(scalaMap).forEach((k, v) -> out.put(String.valueOf(k), plain(v)));
            return out;
        }
        if (value instanceof Iterable<?> || value instanceof List<?>) {
            List<Object> out = new ArrayList<>();
            for (Object element : elements(value)) {
                out.add(plain(element));
            }
            return out;
        }
        return value;
    }

    private static Map<String, Object> map(Row row) {
        Map<String, Object> out = new LinkedHashMap<>();
        String[] names = row.schema().fieldNames();
        for (int i = 0; i < names.length; i++) {
            out.put(names[i], plain(row.get(i)));
        }
        return out;
    }

    private static Map<String, Object> properties(Row row) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (row == null) {
            return out;
        }
        String[] names = row.schema().fieldNames();
        for (int i = 0; i < names.length; i++) {
            if (!row.isNullAt(i)) {
                out.put(names[i], plain(row.get(i)));
            }
        }
        return out;
    }

    private static Node node(Row row) {
        List<String> labels = new ArrayList<>();
        for (Object label : elements(row.get(row.fieldIndex("labels")))) {
            labels.add((String) label);
        }
        return new Node(row.getLong(row.fieldIndex("id")), labels, properties(row.getStruct(row.fieldIndex("properties"))));
    }

    private static Path path(Row row) {
        List<Node> nodes = new ArrayList<>();
        for (Object node : elements(row.get(row.fieldIndex("nodes")))) {
            nodes.add(node((Row) node));
        }
        List<Relationship> relationships = new ArrayList<>();
        for (Object relationship : elements(row.get(row.fieldIndex("relationships")))) {
            relationships.add(relationship((Row) relationship));
        }
        return new Path(nodes, relationships);
    }

    private static Relationship relationship(Row row) {
        return new Relationship(
                row.getLong(row.fieldIndex("id")),
                row.getString(row.fieldIndex("type")),
                row.getLong(row.fieldIndex("start")),
                row.getLong(row.fieldIndex("end")),
                properties(row.getStruct(row.fieldIndex("properties"))));
    }

    private static java.lang.Iterable<?> elements(Object value) {
        if (value instanceof List<?> list) {
            return list;
        }
        if (value instanceof Iterable<?> scala) {
            return CollectionConverters.asJava(scala);
        }
        if (value instanceof Object[] array) {
            return List.of(array);
        }
        throw new IllegalStateException("not a list value: " + value.getClass());
    }
}
