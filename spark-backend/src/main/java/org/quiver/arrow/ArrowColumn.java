package org.quiver.arrow;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.complex.ListVector;
import org.apache.arrow.vector.complex.StructVector;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.FieldType;

/**
 * An Arrow field together with the writer that fills a vector made from it. Nested columns (lists,
 * structs) are built from their children's columns, so a field and its writer cannot disagree.
 */
record ArrowColumn(Field field, ValueWriter writer) {
    ArrowColumn {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(writer, "writer");
    }

    /** A column without children; {@code metadata} may be empty. */
    static ArrowColumn leaf(String name, ArrowType type, Map<String, String> metadata, ValueWriter writer) {
        return new ArrowColumn(new Field(name, fieldType(type, metadata), List.of()), writer);
    }

    /** A list column whose elements are written by {@code element} (named {@code item}, as Arrow names them). */
    static ArrowColumn list(String name, Map<String, String> metadata, ArrowColumn element) {
        ValueWriter writer = (vector, index, value) -> {
            if (!(value instanceof List<?> items)) {
                throw new IllegalStateException("Arrow export: the list field " + name + " holds "
                        + value.getClass().getName() + " (" + value + "), not a list");
            }
            ListVector list = (ListVector) vector;
            int start = list.startNewValue(index);
            FieldVector data = list.getDataVector();
            for (int i = 0; i < items.size(); i++) {
                element.writer().put(data, start + i, items.get(i));
            }
            list.endValue(index, items.size());
        };
        return new ArrowColumn(new Field(name, fieldType(ArrowType.List.INSTANCE, metadata), List.of(element.field())),
                writer);
    }

    /** One field of a struct: its column, and how to get its value out of the struct's Java value. */
    record Part(ArrowColumn column, Function<Object, Object> read) {
    }

    /** A struct column with one child per part, in order. */
    static ArrowColumn struct(String name, Map<String, String> metadata, List<Part> parts) {
        List<Field> children = new ArrayList<>();
        parts.forEach(part -> children.add(part.column().field()));
        ValueWriter writer = (vector, index, value) -> {
            StructVector struct = (StructVector) vector;
            struct.setIndexDefined(index);
            List<FieldVector> childVectors = struct.getChildrenFromFields();
            for (int i = 0; i < parts.size(); i++) {
                Part part = parts.get(i);
                part.column().writer().put(childVectors.get(i), index, part.read().apply(value));
            }
        };
        return new ArrowColumn(new Field(name, fieldType(ArrowType.Struct.INSTANCE, metadata), children), writer);
    }

    private static FieldType fieldType(ArrowType type, Map<String, String> metadata) {
        return new FieldType(true, type, null, metadata.isEmpty() ? null : Map.copyOf(metadata));
    }
}
