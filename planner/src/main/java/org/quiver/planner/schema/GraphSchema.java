package org.quiver.planner.schema;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.quiver.planner.types.CypherType;

/**
 * What a graph holds, without its data: which label combinations its nodes have, which
 * relationship types exist, and the property keys (with types) of each.
 *
 * <pre>{@code
 * GraphSchema schema = GraphSchema.builder()
 *     .nodes(Set.of("Person"), Map.of("name", CypherType.STRING))
 *     .relationships("KNOWS", Map.of("since", CypherType.INTEGER))
 *     .build();
 * }</pre>
 */
public record GraphSchema(
        Map<Set<String>, Map<String, CypherType>> labelCombinations,
        Map<String, Map<String, CypherType>> relationshipTypes) {

    public GraphSchema {
        labelCombinations = copyNested(labelCombinations);
        relationshipTypes = copyNested(relationshipTypes);
    }

    public static final GraphSchema EMPTY = new GraphSchema(Map.of(), Map.of());

    public static Builder builder() {
        return new Builder();
    }

    /** Every label of every combination, sorted. */
    public Set<String> labels() {
        Set<String> labels = new TreeSet<>();
        labelCombinations.keySet().forEach(labels::addAll);
        return labels;
    }

    /** The label combinations that have all of {@code required}. */
    public List<Set<String>> combinationsWith(Collection<String> required) {
        return labelCombinations.keySet().stream().filter(c -> c.containsAll(required)).toList();
    }

    /** Property keys of nodes with this combination of labels, with their types. */
    public Map<String, CypherType> nodeProperties(Set<String> combination) {
        return labelCombinations.getOrDefault(combination, Map.of());
    }

    public Map<String, CypherType> relationshipProperties(String type) {
        return relationshipTypes.getOrDefault(type, Map.of());
    }

    /** The type of a node property over several combinations; empty when none has the key. */
    public Optional<CypherType> nodePropertyType(Collection<Set<String>> combinations, String key) {
        return joined(combinations.stream().map(this::nodeProperties).toList(), key);
    }

    public Optional<CypherType> relationshipPropertyType(Collection<String> types, String key) {
        return joined(types.stream().map(this::relationshipProperties).toList(), key);
    }

    /** Every property key of any node or relationship, sorted. */
    public Set<String> propertyKeys() {
        Set<String> keys = new TreeSet<>();
        labelCombinations.values().forEach(p -> keys.addAll(p.keySet()));
        relationshipTypes.values().forEach(p -> keys.addAll(p.keySet()));
        return keys;
    }

    private static Optional<CypherType> joined(List<Map<String, CypherType>> propertyMaps, String key) {
        CypherType type = null;
        for (Map<String, CypherType> properties : propertyMaps) {
            CypherType t = properties.get(key);
            if (t != null) {
                type = type == null ? t : type.join(t);
            }
        }
        return Optional.ofNullable(type);
    }

    private static <K> Map<K, Map<String, CypherType>> copyNested(Map<K, Map<String, CypherType>> in) {
        Map<K, Map<String, CypherType>> out = new LinkedHashMap<>();
        in.forEach((k, v) -> out.put(k, java.util.Collections.unmodifiableMap(new LinkedHashMap<>(v))));
        return java.util.Collections.unmodifiableMap(out);
    }

    /** Collects combinations and types; the same combination or type added twice merges its properties. */
    public static final class Builder {
        private final Map<Set<String>, Map<String, CypherType>> nodes = new LinkedHashMap<>();
        private final Map<String, Map<String, CypherType>> relationships = new LinkedHashMap<>();

        public Builder nodes(Set<String> labels, Map<String, CypherType> properties) {
            merge(nodes.computeIfAbsent(Set.copyOf(new LinkedHashSet<>(labels)), k -> new LinkedHashMap<>()), properties);
            return this;
        }

        public Builder relationships(String type, Map<String, CypherType> properties) {
            merge(relationships.computeIfAbsent(type, k -> new LinkedHashMap<>()), properties);
            return this;
        }

        private static void merge(Map<String, CypherType> into, Map<String, CypherType> properties) {
            properties.forEach((key, type) -> into.merge(key, type, CypherType::join));
        }

        public GraphSchema build() {
            return new GraphSchema(nodes, relationships);
        }
    }
}
