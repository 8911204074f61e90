package org.quiver.planner.lower;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.function.UnaryOperator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.quiver.planner.relational.PropertyColumn;

/** Which columns of a relation hold a variable. */
sealed interface Binding {

    /** Every column of the binding, for passing a variable through a projection unchanged. */
    List<String> columns();

    /** The column whose value tells bindings apart: an entity's id, a value itself. */
    String identity();

    /** The same binding over columns renamed by {@code name}. */
    Binding renamed(UnaryOperator<String> name);

    private static Map<String, PropertyColumn> renamed(Map<String, PropertyColumn> properties,
            UnaryOperator<String> name) {
        Map<String, PropertyColumn> out = new LinkedHashMap<>();
        properties.forEach((key, p) -> out.put(key, new PropertyColumn(p.key(), name.apply(p.column()), p.type())));
        return out;
    }

    /** A value variable in one column. */
    record Value(String column) implements Binding {
        public List<String> columns() {
            return List.of(column);
        }

        public String identity() {
            return column;
        }

        public Binding renamed(UnaryOperator<String> name) {
            return new Value(name.apply(column));
        }
    }

    /**
     * A node: its id, its labels (absent when the node was reached through a relationship and no
     * label was needed), and the properties read so far.
     */
    record Node(String id, Optional<String> labels, Map<String, PropertyColumn> properties) implements Binding {
        public List<String> columns() {
            List<String> all = new ArrayList<>();
            all.add(id);
            labels.ifPresent(all::add);
            properties.values().forEach(p -> all.add(p.column()));
            return all;
        }

        public String identity() {
            return id;
        }

        public Binding renamed(UnaryOperator<String> name) {
            return new Node(name.apply(id), labels.map(name), Binding.renamed(properties, name));
        }
    }

    /** A relationship: its id, type, ends, and the properties read. */
    record Relationship(String id, String type, String source, String target, Map<String, PropertyColumn> properties)
            implements Binding {
        public List<String> columns() {
            List<String> all = new ArrayList<>(List.of(id, type, source, target));
            properties.values().forEach(p -> all.add(p.column()));
            return all;
        }

        public String identity() {
            return id;
        }

        public Binding renamed(UnaryOperator<String> name) {
            return new Relationship(name.apply(id), name.apply(type), name.apply(source), name.apply(target),
                    Binding.renamed(properties, name));
        }
    }

    /**
     * The relationships of a variable-length step: their ids, and their values when the query
     * reads more than identity.
     */
    record RelationshipList(String ids, Optional<String> values) implements Binding {
        public List<String> columns() {
            List<String> all = new ArrayList<>(List.of(ids));
            values.ifPresent(all::add);
            return all;
        }

        public String identity() {
            return ids;
        }

        public Binding renamed(UnaryOperator<String> name) {
            return new RelationshipList(name.apply(ids), values.map(name));
        }
    }
}
