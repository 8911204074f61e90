package org.quiver.planner.update;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.quiver.parser.ast.GraphName;

/**
 * {@code CONSTRUCT … RETURN GRAPH}: a new graph holding the graphs named in {@code on}, the
 * elements cloned from the queried graph and the elements created, all computed from the rows of
 * the part. Entity columns of the rows hold ids of the queried graph.
 *
 * <p>A created element stands for one element per distinct combination of the values in its
 * {@code groupBy} columns (the variables its properties read) and, for a relationship, of its two
 * ends: {@code CREATE (x:Hub)} makes one hub, {@code CREATE (x:Copy {name: a.name})} one copy per
 * {@code a}.
 */
public record ConstructAction(List<GraphName> on, List<Clone> clones, List<NewNode> nodes,
        List<NewRelationship> relationships, List<CloneProperty> cloneProperties) implements UpdateAction {
    public ConstructAction {
        on = List.copyOf(on);
        clones = List.copyOf(clones);
        nodes = List.copyOf(nodes);
        relationships = List.copyOf(relationships);
        cloneProperties = List.copyOf(cloneProperties);
    }

    public String clauseName() {
        return "CONSTRUCT";
    }

    /** The element whose id is in {@code column} is copied with its id, labels or type, and properties. */
    public record Clone(String column, boolean relationship) {
        public Clone {
            Objects.requireNonNull(column, "column");
        }
    }

    /** A node made per group; its properties are read from {@code propertyColumns}, key by key. */
    public record NewNode(String variable, Set<String> labels, List<String> keys, List<String> propertyColumns,
            List<String> groupBy) {
        public NewNode {
            Objects.requireNonNull(variable, "variable");
            labels = java.util.Collections.unmodifiableSet(new TreeSet<>(labels));
            keys = List.copyOf(keys);
            propertyColumns = List.copyOf(propertyColumns);
            groupBy = List.copyOf(groupBy);
        }
    }

    /**
     * A relationship made per group; {@code source} and {@code target} name a {@link NewNode}'s
     * variable or a column holding the id of a cloned node.
     */
    public record NewRelationship(String variable, String type, String source, String target, List<String> keys,
            List<String> propertyColumns, List<String> groupBy) {
        public NewRelationship {
            Objects.requireNonNull(variable, "variable");
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(target, "target");
            keys = List.copyOf(keys);
            propertyColumns = List.copyOf(propertyColumns);
            groupBy = List.copyOf(groupBy);
        }
    }

    /** {@code SET x.key = value} on a cloned element: the element whose id is in {@code column} gets the value. */
    public record CloneProperty(String column, boolean relationship, String key, String valueColumn) {
        public CloneProperty {
            Objects.requireNonNull(column, "column");
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(valueColumn, "valueColumn");
        }
    }
}
