package org.quiver.planner.stats;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the optimizer knows about a graph's data: nodes per label combination, relationships per
 * (type, source labels, target labels), and distinct and non-null counts of properties. Gathered once
 * per graph version by the backend; {@link #UNKNOWN} when nothing was gathered, in which case
 * {@link CardinalityEstimator} falls back to fixed guesses.
 */
public record GraphStatistics(
        boolean known, List<NodeGroupStatistics> nodeGroups, List<RelationshipGroupStatistics> relationshipGroups,
        Map<String, Map<String, PropertyStatistics>> relationshipProperties, Map<String, DegreeMoments> degreeMoments) {

    public static final GraphStatistics UNKNOWN = new GraphStatistics(false, List.of(), List.of(), Map.of(), Map.of());

    public GraphStatistics {
        nodeGroups = List.copyOf(nodeGroups);
        relationshipGroups = List.copyOf(relationshipGroups);
        relationshipProperties = Map.copyOf(relationshipProperties);
        degreeMoments = Map.copyOf(degreeMoments);
    }

    public static GraphStatistics of(List<NodeGroupStatistics> nodeGroups,
            List<RelationshipGroupStatistics> relationshipGroups,
            Map<String, Map<String, PropertyStatistics>> relationshipProperties) {
        return new GraphStatistics(true, nodeGroups, relationshipGroups, relationshipProperties, Map.of());
    }

    /** With the degree moments of each relationship type ({@link DegreeMoments}). */
    public static GraphStatistics of(List<NodeGroupStatistics> nodeGroups,
            List<RelationshipGroupStatistics> relationshipGroups,
            Map<String, Map<String, PropertyStatistics>> relationshipProperties, Map<String, DegreeMoments> degreeMoments) {
        return new GraphStatistics(true, nodeGroups, relationshipGroups, relationshipProperties, degreeMoments);
    }

    /** Whether no relationship of any of {@code types} (named, not empty) goes from a node to itself. */
    public boolean withoutSelfLoops(Collection<String> types) {
        return known && !types.isEmpty() && types.stream().allMatch(t -> {
            DegreeMoments m = degreeMoments.get(t);
            return m != null && m.selfLoops() == 0;
        });
    }

    /** Nodes that have at least {@code labels}. */
    public long nodes(Set<String> labels) {
        return nodeGroups.stream().filter(g -> g.labels().containsAll(labels)).mapToLong(NodeGroupStatistics::count).sum();
    }

    /**
     * Relationships of one of {@code types} (any type when empty) whose source has at least
     * {@code sourceLabels} and whose target has at least {@code targetLabels}.
     */
    public long relationships(Collection<String> types, Set<String> sourceLabels, Set<String> targetLabels) {
        return relationshipGroups.stream()
                .filter(g -> types.isEmpty() || types.contains(g.type()))
                .filter(g -> g.sourceLabels().containsAll(sourceLabels) && g.targetLabels().containsAll(targetLabels))
                .mapToLong(RelationshipGroupStatistics::count).sum();
    }

    /**
     * The labels that every node at the source (or target) end of the relationships of {@code types}
     * (all types when empty) has: the labels shared by the label combinations counted at that end.
     * Empty when nothing was gathered or no such relationship was counted.
     */
    public Set<String> labelsAtEveryEnd(Collection<String> types, boolean sources) {
        Set<String> shared = null;
        for (RelationshipGroupStatistics g : relationshipGroups) {
            if (types.isEmpty() || types.contains(g.type())) {
                Set<String> labels = sources ? g.sourceLabels() : g.targetLabels();
                if (shared == null) {
                    shared = new TreeSet<>(labels);
                } else {
                    shared.retainAll(labels);
                }
            }
        }
        return shared == null ? Set.of() : Set.copyOf(shared);
    }

    /**
     * A property of the nodes with at least {@code labels}: non-null counts add up over the label
     * combinations, the distinct count is the largest of theirs (a lower bound of the true one).
     */
    public Optional<PropertyStatistics> nodeProperty(Set<String> labels, String key) {
        long nonNull = 0;
        long distinct = 0;
        boolean found = false;
        for (NodeGroupStatistics g : nodeGroups) {
            PropertyStatistics p = g.properties().get(key);
            if (g.labels().containsAll(labels) && p != null) {
                found = true;
                nonNull += p.nonNull();
                distinct = Math.max(distinct, p.distinct());
            }
        }
        return found ? Optional.of(new PropertyStatistics(nonNull, distinct)) : Optional.empty();
    }

    /** A property of the relationships of {@code types} (all when empty), combined as for nodes. */
    public Optional<PropertyStatistics> relationshipProperty(Collection<String> types, String key) {
        long nonNull = 0;
        long distinct = 0;
        boolean found = false;
        for (Map.Entry<String, Map<String, PropertyStatistics>> e : relationshipProperties.entrySet()) {
            PropertyStatistics p = e.getValue().get(key);
            if ((types.isEmpty() || types.contains(e.getKey())) && p != null) {
                found = true;
                nonNull += p.nonNull();
                distinct = Math.max(distinct, p.distinct());
            }
        }
        return found ? Optional.of(new PropertyStatistics(nonNull, distinct)) : Optional.empty();
    }
}
