package org.quiver.schemaview;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.quiver.planner.types.CypherType;

/**
 * What a graph holds, for people: its label combinations and relationship types with their
 * property keys and types, how many nodes and relationships of each, and which label combinations
 * each relationship type connects. {@link SchemaCounter} measures one; {@link SchemaText} and
 * {@link SchemaDot} draw it.
 */
public record SchemaOverview(List<NodeGroup> nodeGroups, List<RelationshipGroup> relationshipGroups) {

    public SchemaOverview {
        nodeGroups = List.copyOf(nodeGroups);
        relationshipGroups = List.copyOf(relationshipGroups);
    }

    /** The nodes with exactly {@code labels} (empty for unlabelled nodes). */
    public record NodeGroup(Set<String> labels, long count, Map<String, CypherType> properties) {
        public NodeGroup {
            labels = Set.copyOf(labels);
            properties = Map.copyOf(properties);
        }
    }

    /** The relationships of one type, split by the label combinations of their two ends. */
    public record RelationshipGroup(String type, long count, List<Endpoints> endpoints,
            Map<String, CypherType> properties) {
        public RelationshipGroup {
            Objects.requireNonNull(type, "type");
            endpoints = List.copyOf(endpoints);
            properties = Map.copyOf(properties);
        }
    }

    /** How many relationships go from nodes labelled {@code source} to nodes labelled {@code target}. */
    public record Endpoints(Set<String> source, Set<String> target, long count) {
        public Endpoints {
            source = Set.copyOf(source);
            target = Set.copyOf(target);
        }
    }

    /** A label combination as written in a pattern: {@code :Person:Student}, or {@code ()} for none. */
    public static String labelText(Set<String> labels) {
        return labels.isEmpty() ? "()" : ":" + String.join(":", new java.util.TreeSet<>(labels));
    }
}
