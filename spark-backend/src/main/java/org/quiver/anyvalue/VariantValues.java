package org.quiver.anyvalue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.types.variant.Variant;
import org.apache.spark.types.variant.VariantBuilder;
import org.apache.spark.unsafe.types.VariantVal;
import org.quiver.api.Node;
import org.quiver.api.Path;
import org.quiver.api.Relationship;
import org.quiver.temporal.TemporalRows;

/**
 * Values of static type Any as Spark holds them (a {@link VariantVal}) and as Java values:
 * {@code Long}, {@code Double}, {@code String}, {@code Boolean}, {@code List}, {@code Map},
 * {@link Node}, {@link Relationship}, {@link Path}, java.time values. Nodes, relationships and
 * paths are variant objects whose field names are reserved ({@link AnyColumns}); temporal values
 * keep the field names of their {@link TemporalRows} structs. A Cypher null is SQL NULL at the top
 * and a variant null inside.
 */
public final class VariantValues {
    static final String NODE_ID = "_node_id";
    static final String NODE_LABELS = "_node_labels";
    static final String NODE_PROPERTIES = "_node_properties";
    static final String REL_ID = "_relationship_id";
    static final String REL_TYPE = "_relationship_type";
    static final String REL_START = "_relationship_start";
    static final String REL_END = "_relationship_end";
    static final String REL_PROPERTIES = "_relationship_properties";
    static final String PATH_NODES = "_path_nodes";
    static final String PATH_RELATIONSHIPS = "_path_relationships";

    private VariantValues() {
    }

    public static Object toJava(VariantVal value) {
        return value == null ? null : toJava(new Variant(value.getValue(), value.getMetadata()));
    }

    static Object toJava(Variant v) {
        switch (v.getType()) {
            case NULL:
                return null;
            case BOOLEAN:
                return v.getBoolean();
            case LONG:
                return v.getLong();
            case DOUBLE:
                return v.getDouble();
            case FLOAT:
                return (double) v.getFloat();
            case DECIMAL:
                return v.getDecimal().doubleValue();
            case STRING:
                return v.getString();
            case ARRAY: {
                List<Object> out = new ArrayList<>();
                for (int i = 0; i < v.arraySize(); i++) {
                    out.add(toJava(v.getElementAtIndex(i)));
                }
                return java.util.Collections.unmodifiableList(out);
            }
            case OBJECT:
                return object(v);
            default:
                throw new IllegalStateException("Quiver never stores a variant of type " + v.getType());
        }
    }

    private static Object object(Variant v) {
        if (v.getFieldByKey(NODE_ID) != null) {
            return node(v);
        }
        if (v.getFieldByKey(REL_ID) != null) {
            return relationship(v);
        }
        if (v.getFieldByKey(PATH_NODES) != null) {
            List<Node> nodes = new ArrayList<>();
            Variant list = v.getFieldByKey(PATH_NODES);
            for (int i = 0; i < list.arraySize(); i++) {
                nodes.add(node(list.getElementAtIndex(i)));
            }
            List<Relationship> relationships = new ArrayList<>();
            list = v.getFieldByKey(PATH_RELATIONSHIPS);
            for (int i = 0; i < list.arraySize(); i++) {
                relationships.add(relationship(list.getElementAtIndex(i)));
            }
            return new Path(nodes, relationships);
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        for (int i = 0; i < v.objectSize(); i++) {
            Variant.ObjectField field = v.getFieldAtIndex(i);
            fields.put(field.key, toJava(field.value));
        }
        return temporal(fields).orElse(java.util.Collections.unmodifiableMap(fields));
    }

    /** A temporal struct read back from its variant object, when the field names are a temporal struct's. */
    private static java.util.Optional<Object> temporal(Map<String, Object> fields) {
        for (org.apache.spark.sql.types.StructType schema : List.of(TemporalRows.DATE, TemporalRows.LOCAL_TIME,
                TemporalRows.TIME, TemporalRows.LOCAL_DATETIME, TemporalRows.DATETIME, TemporalRows.DURATION)) {
            if (!fields.isEmpty() && java.util.Set.of(schema.fieldNames()).containsAll(fields.keySet())
                    && fields.containsKey(schema.fieldNames()[0])) {
                Object[] values = new Object[schema.size()];
                for (int i = 0; i < values.length; i++) {
                    Object value = fields.get(schema.fieldNames()[i]);
                    boolean integer = schema.fields()[i].dataType() == org.apache.spark.sql.types.DataTypes.IntegerType;
                    values[i] = value instanceof Long l && integer ? (Object) l.intValue() : value;
                }
                return java.util.Optional.of(TemporalRows.decode(
                        new org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema(values, schema)));
            }
        }
        return java.util.Optional.empty();
    }

    private static Node node(Variant v) {
        List<String> labels = new ArrayList<>();
        Variant list = v.getFieldByKey(NODE_LABELS);
        for (int i = 0; list != null && i < list.arraySize(); i++) {
            labels.add(list.getElementAtIndex(i).getString());
        }
        return new Node(v.getFieldByKey(NODE_ID).getLong(), labels, properties(v.getFieldByKey(NODE_PROPERTIES)));
    }

    private static Relationship relationship(Variant v) {
        return new Relationship(v.getFieldByKey(REL_ID).getLong(), v.getFieldByKey(REL_TYPE).getString(),
                v.getFieldByKey(REL_START).getLong(), v.getFieldByKey(REL_END).getLong(),
                properties(v.getFieldByKey(REL_PROPERTIES)));
    }

    /** An entity's properties without the keys it does not have (null fields of the graph-wide struct). */
    private static Map<String, Object> properties(Variant v) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (v == null || v.getType() != org.apache.spark.types.variant.VariantUtil.Type.OBJECT) {
            return out;
        }
        for (int i = 0; i < v.objectSize(); i++) {
            Variant.ObjectField field = v.getFieldAtIndex(i);
            Object value = toJava(field.value);
            if (value != null) {
                out.put(field.key, value);
            }
        }
        return out;
    }

    /** A Java value of the kinds {@link #toJava} gives, as a variant; null stays null. */
    public static VariantVal toVariant(Object value) {
        if (value == null) {
            return null;
        }
        VariantBuilder builder = new VariantBuilder(false);
        append(builder, value);
        Variant v = builder.result();
        return new VariantVal(v.getValue(), v.getMetadata());
    }

    private static void append(VariantBuilder b, Object value) {
        if (value == null) {
            b.appendNull();
        } else if (value instanceof Boolean x) {
            b.appendBoolean(x);
        } else if (value instanceof Long x) {
            b.appendLong(x);
        } else if (value instanceof Integer x) {
            b.appendLong(x);
        } else if (value instanceof Double x) {
            b.appendDouble(x);
        } else if (value instanceof String x) {
            b.appendString(x);
        } else if (value instanceof List<?> list) {
            int start = b.getWritePos();
            ArrayList<Integer> offsets = new ArrayList<>();
            for (Object element : list) {
                offsets.add(b.getWritePos() - start);
                append(b, element);
            }
            b.finishWritingArray(start, offsets);
        } else if (value instanceof Map<?, ?> map) {
            Map<String, Object> fields = new LinkedHashMap<>();
            map.forEach((k, x) -> fields.put(String.valueOf(k), x));
            appendObject(b, fields);
        } else if (value instanceof Node n) {
            appendObject(b, nodeFields(n));
        } else if (value instanceof Relationship r) {
            appendObject(b, relationshipFields(r));
        } else if (value instanceof Path p) {
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put(PATH_NODES, p.nodes());
            fields.put(PATH_RELATIONSHIPS, p.relationships());
            appendObject(b, fields);
        } else if (TemporalRows.typeOfValue(value).isPresent()) {
            org.apache.spark.sql.Row row = TemporalRows.encode(value);
            Map<String, Object> fields = new LinkedHashMap<>();
            for (int i = 0; i < row.size(); i++) {
                fields.put(row.schema().fieldNames()[i], row.get(i));
            }
            appendObject(b, fields);
        } else {
            throw new IllegalArgumentException("not a Cypher value: " + value.getClass().getName());
        }
    }

    private static Map<String, Object> nodeFields(Node n) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put(NODE_ID, n.id());
        fields.put(NODE_LABELS, n.labels());
        fields.put(NODE_PROPERTIES, n.properties());
        return fields;
    }

    private static Map<String, Object> relationshipFields(Relationship r) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put(REL_ID, r.id());
        fields.put(REL_TYPE, r.type());
        fields.put(REL_START, r.startId());
        fields.put(REL_END, r.endId());
        fields.put(REL_PROPERTIES, r.properties());
        return fields;
    }

    private static void appendObject(VariantBuilder b, Map<String, Object> fields) {
        int start = b.getWritePos();
        ArrayList<VariantBuilder.FieldEntry> entries = new ArrayList<>();
        for (Map.Entry<String, Object> field : fields.entrySet()) {
            int id = b.addKey(field.getKey());
            entries.add(new VariantBuilder.FieldEntry(field.getKey(), id, b.getWritePos() - start));
            append(b, field.getValue());
        }
        b.finishWritingObject(start, entries);
    }
}
