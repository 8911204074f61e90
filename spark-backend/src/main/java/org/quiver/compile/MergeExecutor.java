package org.quiver.compile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.quiver.parser.error.SemanticError;
import org.quiver.planner.semantic.Segment;
import org.quiver.planner.update.MergeAction;
import org.quiver.planner.update.NodeToCreate;
import org.quiver.planner.update.RelationshipToCreate;

/**
 * Applies {@code MERGE} to the rows of its part, on the driver, row by row: a row sees what the
 * rows before it created (see {@link #processingOrder} for which rows come first). The candidates (the nodes with the pattern's labels, the relationships of
 * its types) are read from the graph once; matching is a backtracking search over them.
 */
final class MergeExecutor {
    private final GraphEdit edit;
    private final Segment segment;
    private final MergeAction action;

    MergeExecutor(GraphEdit edit, Segment segment) {
        this.edit = edit;
        this.segment = segment;
        this.action = (MergeAction) segment.update().orElseThrow();
    }

    UpdateOutcome apply(List<List<Object>> rows) {
        List<Map<String, Object>> named = SegmentRows.byName(segment, rows);
        UpdateItems onCreate = new UpdateItems(edit, action.onCreate(), action.relationshipTargets());
        UpdateItems onMatch = new UpdateItems(edit, action.onMatch(), action.relationshipTargets());
        onCreate.read(named);
        onMatch.read(named);
        List<List<List<Object>>> handedOverByRow = new ArrayList<>(java.util.Collections.nCopies(rows.size(), null));
        for (int at : processingOrder(rows)) {
            handedOverByRow.set(at, merge(named.get(at), onCreate, onMatch));
        }
        List<List<Object>> handedOver = new ArrayList<>();
        handedOverByRow.forEach(handedOver::addAll);
        GraphEdit.UpdateOutcomeParts built = edit.build();
        return new UpdateOutcome(built.graph(), handedOver, built.sideEffects());
    }

    /**
     * Rows are merged one after the other, and which row creates an element (and so its id) depends
     * on the order: the query's own ORDER BY if it has one (its ties broken by the text of the rows'
     * columns, see {@link RelationalCompiler}), otherwise the rows' value order rather than the order
     * Spark happened to deliver them in. The rows handed on keep their input order.
     */
    private int[] processingOrder(List<List<Object>> rows) {
        if (RowOrder.orderedByQuery(segment.plan())) {
            return java.util.stream.IntStream.range(0, rows.size()).toArray();
        }
        return RowOrder.byValue(rows);
    }

    /** Merges one row: creates the pattern or applies ON MATCH to every match; the rows to hand on. */
    private List<List<Object>> merge(Map<String, Object> row, UpdateItems onCreate, UpdateItems onMatch) {
        rejectNulls(row);
        List<Map<String, Long>> matches = new ArrayList<>();
        match(0, new HashMap<>(), row, matches);
        List<List<Object>> handedOver = new ArrayList<>();
        if (matches.isEmpty()) {
            Map<String, Object> bound = new HashMap<>(row);
            create(row, bound);
            onCreate.apply(bound);
            handedOver.add(SegmentRows.handedOver(segment, bound));
        }
        for (Map<String, Long> match : matches) {
            Map<String, Object> bound = new HashMap<>(row);
            bound.putAll(match);
            onMatch.apply(bound);
            handedOver.add(SegmentRows.handedOver(segment, bound));
        }
        return handedOver;
    }

    private void rejectNulls(Map<String, Object> row) {
        for (NodeToCreate n : action.pattern().nodes()) {
            nullCheck(n.keys(), n.propertyColumns(), row, "node");
        }
        for (RelationshipToCreate r : action.pattern().relationships()) {
            nullCheck(r.keys(), r.propertyColumns(), row, "relationship");
        }
    }

    private static void nullCheck(List<String> keys, List<String> columns, Map<String, Object> row, String what) {
        for (int i = 0; i < keys.size(); i++) {
            if (row.get(columns.get(i)) == null) {
                throw new SemanticError("MergeReadOwnWrites", "Cannot merge the following " + what
                        + " because of null property value for '" + keys.get(i) + "'", null);
            }
        }
    }

    /** Extends {@code assigned} over relationships from {@code index} on, then the nodes left; adds each full match. */
    private void match(int index, Map<String, Long> assigned, Map<String, Object> row, List<Map<String, Long>> out) {
        List<RelationshipToCreate> relationships = action.pattern().relationships();
        if (index == relationships.size()) {
            matchNodes(0, assigned, row, out);
            return;
        }
        RelationshipToCreate r = relationships.get(index);
        for (ElementState candidate : edit.relationshipsOfType(r.type())) {
            if (relationshipVariable(assigned, candidate.id)
                    || !hasProperties(candidate, r.keys(), r.propertyColumns(), row)) {
                continue;
            }
            tryEnds(r, candidate, candidate.source, candidate.target, index, assigned, row, out);
            if (action.undirected().contains(r.variable()) && candidate.source != candidate.target) {
                tryEnds(r, candidate, candidate.target, candidate.source, index, assigned, row, out);
            }
        }
    }

    private boolean relationshipVariable(Map<String, Long> assigned, long id) {
        return action.pattern().relationships().stream()
                .anyMatch(r -> Long.valueOf(id).equals(assigned.get(r.variable())));
    }

    private void tryEnds(RelationshipToCreate r, ElementState candidate, long source, long target, int index,
            Map<String, Long> assigned, Map<String, Object> row, List<Map<String, Long>> out) {
        Map<String, Long> next = new HashMap<>(assigned);
        if (!bindEnd(r.source(), source, next, row) || !bindEnd(r.target(), target, next, row)) {
            return;
        }
        next.put(r.variable(), candidate.id);
        match(index + 1, next, row, out);
    }

    /** Whether the pattern node {@code variable} can be the node {@code id}; binds it if so. */
    private boolean bindEnd(String variable, long id, Map<String, Long> assigned, Map<String, Object> row) {
        Object fixed = assigned.containsKey(variable) ? assigned.get(variable) : row.get(variable);
        if (fixed != null || !isPatternNode(variable)) {
            return fixed instanceof Long l && l == id;
        }
        NodeToCreate pattern = patternNode(variable);
        edit.readNodesWithLabels(pattern.labels());
        ElementState node = edit.node(id);
        if (node == null || !node.labels.containsAll(pattern.labels())
                || !hasProperties(node, pattern.keys(), pattern.propertyColumns(), row)) {
            return false;
        }
        assigned.put(variable, id);
        return true;
    }

    private void matchNodes(int index, Map<String, Long> assigned, Map<String, Object> row,
            List<Map<String, Long>> out) {
        List<NodeToCreate> nodes = action.pattern().nodes();
        if (index == nodes.size()) {
            out.add(assigned);
            return;
        }
        NodeToCreate n = nodes.get(index);
        if (assigned.containsKey(n.variable())) {
            matchNodes(index + 1, assigned, row, out);
            return;
        }
        for (ElementState candidate : edit.nodesWithLabels(n.labels())) {
            if (hasProperties(candidate, n.keys(), n.propertyColumns(), row)) {
                Map<String, Long> next = new HashMap<>(assigned);
                next.put(n.variable(), candidate.id);
                matchNodes(index + 1, next, row, out);
            }
        }
    }

    private boolean isPatternNode(String variable) {
        return action.pattern().nodes().stream().anyMatch(n -> n.variable().equals(variable));
    }

    private NodeToCreate patternNode(String variable) {
        return action.pattern().nodes().stream().filter(n -> n.variable().equals(variable)).findFirst().orElseThrow();
    }

    private static boolean hasProperties(ElementState element, List<String> keys, List<String> columns,
            Map<String, Object> row) {
        for (int i = 0; i < keys.size(); i++) {
            if (!PropertyEquality.equal(element.properties.get(keys.get(i)), row.get(columns.get(i)))) {
                return false;
            }
        }
        return true;
    }

    private void create(Map<String, Object> row, Map<String, Object> bound) {
        for (NodeToCreate n : action.pattern().nodes()) {
            bound.put(n.variable(), edit.createNode(n.labels(), values(n.keys(), n.propertyColumns(), row)).id);
        }
        for (RelationshipToCreate r : action.pattern().relationships()) {
            if (!(bound.get(r.source()) instanceof Long source) || !(bound.get(r.target()) instanceof Long target)) {
                throw new SemanticError("MergeReadOwnWrites", "Cannot merge a relationship with a missing (null) end "
                        + "node", null);
            }
            bound.put(r.variable(), edit.createRelationship(r.type(), source, target,
                    values(r.keys(), r.propertyColumns(), row)).id);
        }
    }

    private static Map<String, Object> values(List<String> keys, List<String> columns, Map<String, Object> row) {
        Map<String, Object> out = new TreeMap<>();
        for (int i = 0; i < keys.size(); i++) {
            Object value = row.get(columns.get(i));
            CreateExecutor.PropertyValues.typeOf(value, keys.get(i));
            out.put(keys.get(i), value);
        }
        return out;
    }
}
