package org.quiver.planner.joinorder;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.quiver.planner.expr.Expr;
import org.quiver.planner.expr.VariableRef;
import org.quiver.planner.logical.CartesianProduct;
import org.quiver.planner.logical.Expand;
import org.quiver.planner.logical.ExpandInto;
import org.quiver.planner.logical.Filter;
import org.quiver.planner.logical.LogicalOp;
import org.quiver.planner.logical.NodeHashJoin;
import org.quiver.planner.logical.NodeScan;
import org.quiver.planner.stats.CardinalityEstimator;

/**
 * Chooses the order in which a pattern's nodes are bound: by dynamic programming over the sets of
 * bound nodes when there are at most {@value #EXHAUSTIVE_LIMIT} of them, greedily (cheapest next
 * step) beyond. A node is bound by expanding to it from a bound node (by a node scan when nothing
 * reaches it); each relationship whose ends are both bound closes at once (expand-into), and each
 * predicate runs as soon as its variables are bound. A pattern that starts from no earlier rows may
 * also be planned as two halves joined on the nodes they share. The cost of an order is the sum of
 * the rows every step produces, and for a join of two halves the rows of both halves once more.
 */
final class JoinOrderSearch {
    static final int EXHAUSTIVE_LIMIT = 10;

    private final PatternGraph graph;
    private final CardinalityEstimator estimator;
    private final List<String> free;
    private final List<Set<String>> predicateVariables;

    /** A plan for some of the nodes: what it binds, which relationships and predicates it has used. */
    private record Partial(LogicalOp plan, Set<String> bound, BitSet usedRelationships, BitSet placedPredicates,
            double cost) {
    }

    JoinOrderSearch(PatternGraph graph, CardinalityEstimator estimator) {
        this.graph = graph;
        this.estimator = estimator;
        Set<String> inputVariables = new HashSet<>();
        graph.inputs().forEach(i -> inputVariables.addAll(i.variables().keySet()));
        this.free = graph.nodes().keySet().stream().filter(n -> !inputVariables.contains(n)).toList();
        this.predicateVariables = graph.predicates().stream().map(JoinOrderSearch::variables).toList();
    }

    LogicalOp plan() {
        Partial start = start();
        Partial best = free.size() <= EXHAUSTIVE_LIMIT ? exhaustive(start) : greedy(start);
        LogicalOp plan = best.plan();
        for (int i = 0; i < graph.predicates().size(); i++) {
            if (!best.placedPredicates().get(i)) {
                plan = new Filter(plan, graph.predicates().get(i));
            }
        }
        return plan;
    }

    private Partial start() {
        LogicalOp plan = null;
        for (LogicalOp input : graph.inputs()) {
            plan = plan == null ? input : new CartesianProduct(plan, input);
        }
        Set<String> bound = plan == null ? Set.of() : plan.variables().keySet();
        Partial p = new Partial(plan, bound, new BitSet(), new BitSet(), 0);
        return plan == null ? p : close(step(p, plan, p.usedRelationships(), Set.of()));
    }

    private Partial exhaustive(Partial start) {
        Map<Long, Partial> all = new HashMap<>();
        Map<Long, Partial> best = new HashMap<>();
        best.put(0L, start);
        boolean halves = graph.inputs().isEmpty();
        for (int size = 0; size < free.size(); size++) {
            Map<Long, Partial> next = new HashMap<>();
            for (long mask : sortedMasks(best)) {
                Partial p = best.get(mask);
                for (int v = 0; v < free.size(); v++) {
                    if ((mask & (1L << v)) != 0) {
                        continue;
                    }
                    keepCheaper(next, mask | (1L << v), extend(p, free.get(v)));
                }
            }
            if (halves) {
                for (long mask : sortedMasks(next)) {
                    joinHalves(mask, all).ifPresent(joined -> keepCheaper(next, mask, joined));
                }
            }
            all.putAll(next);
            best = next;
        }
        return best.get((1L << free.size()) - 1);
    }

    private static void keepCheaper(Map<Long, Partial> plans, long mask, Partial candidate) {
        Partial known = plans.get(mask);
        if (known == null || candidate.cost() < known.cost()) {
            plans.put(mask, candidate);
        }
    }

    /**
     * The cheapest plan for the nodes of {@code mask} as two planned halves of at least two nodes
     * each, joined on the nodes where they meet: one half, and the rest with the nodes of the first
     * half that a relationship links to the rest. Bushy plans like this are what a cycle needs.
     */
    private java.util.Optional<Partial> joinHalves(long mask, Map<Long, Partial> plans) {
        Partial cheapest = null;
        for (long first = (mask - 1) & mask; first != 0; first = (first - 1) & mask) {
            long rest = mask & ~first;
            long second = rest | linkedTo(first, rest);
            if (Long.bitCount(first) < 2 || Long.bitCount(second) < 2 || second == mask || second == rest
                    || !plans.containsKey(first) || !plans.containsKey(second)) {
                continue;
            }
            Partial a = plans.get(first);
            Partial b = plans.get(second);
            if (a.usedRelationships().intersects(b.usedRelationships())) {
                continue;
            }
            Partial joined = join(a, b, nodesOf(first & second));
            if (cheapest == null || joined.cost() < cheapest.cost()) {
                cheapest = joined;
            }
        }
        return java.util.Optional.ofNullable(cheapest);
    }

    /** The nodes of {@code from} that a relationship of the pattern links to a node of {@code to}. */
    private long linkedTo(long from, long to) {
        long linked = 0;
        for (PatternGraph.Relationship r : graph.relationships()) {
            long ends = bit(r.from()) | bit(r.to());
            if ((ends & to) != 0) {
                linked |= ends & from;
            }
        }
        return linked;
    }

    private long bit(String node) {
        int i = free.indexOf(node);
        return i < 0 ? 0 : 1L << i;
    }

    private List<String> nodesOf(long mask) {
        List<String> nodes = new ArrayList<>();
        for (int v = 0; v < free.size(); v++) {
            if ((mask & (1L << v)) != 0) {
                nodes.add(free.get(v));
            }
        }
        return nodes;
    }

    private Partial join(Partial a, Partial b, List<String> shared) {
        Set<String> bound = new HashSet<>(a.bound());
        bound.addAll(b.bound());
        BitSet used = (BitSet) a.usedRelationships().clone();
        used.or(b.usedRelationships());
        BitSet placed = (BitSet) a.placedPredicates().clone();
        placed.or(b.placedPredicates());
        // Both halves are computed rows, not a stored table: the join moves them both again (a shuffle).
        double moved = estimator.rows(a.plan()) + estimator.rows(b.plan());
        Partial both = new Partial(a.plan(), bound, used, placed, a.cost() + b.cost() + moved);
        return close(step(both, new NodeHashJoin(a.plan(), b.plan(), shared), used, Set.of()));
    }

    private static List<Long> sortedMasks(Map<Long, Partial> states) {
        return states.keySet().stream().sorted().toList();
    }

    private Partial greedy(Partial start) {
        Partial current = start;
        while (!current.bound().containsAll(free)) {
            Partial best = null;
            for (String v : free) {
                if (current.bound().contains(v)) {
                    continue;
                }
                Partial extended = extend(current, v);
                if (best == null || rows(extended) < rows(best)) {
                    best = extended;
                }
            }
            current = best;
        }
        return current;
    }

    /** The cheapest way to bind {@code node} next: expanding along one of the relationships that reach it. */
    private Partial extend(Partial p, String node) {
        Partial best = null;
        List<PatternGraph.Relationship> rels = graph.relationships();
        for (int i = 0; i < rels.size(); i++) {
            if (p.usedRelationships().get(i)) {
                continue;
            }
            PatternGraph.Relationship r = rels.get(i);
            PatternGraph.Relationship oriented = r.to().equals(node) && p.bound().contains(r.from()) ? r
                    : r.from().equals(node) && p.bound().contains(r.to()) ? r.reversed() : null;
            if (oriented == null) {
                continue;
            }
            Expand expand = new Expand(p.plan(), oriented.from(), oriented.variable(), oriented.types(),
                    oriented.direction(), node, graph.nodes().get(node));
            BitSet used = (BitSet) p.usedRelationships().clone();
            used.set(i);
            Partial candidate = close(step(p, expand, used, Set.of(oriented.variable(), node)));
            if (best == null || candidate.cost() < best.cost()) {
                best = candidate;
            }
        }
        if (best != null) {
            return best;
        }
        NodeScan scan = new NodeScan(node, graph.nodes().get(node));
        LogicalOp plan = p.plan() == null ? scan : new CartesianProduct(p.plan(), scan);
        return close(step(p, plan, p.usedRelationships(), Set.of(node)));
    }

    /** Adds an operator binding {@code added}, then the predicates that became evaluable. */
    private Partial step(Partial p, LogicalOp op, BitSet used, Set<String> added) {
        Set<String> bound = new HashSet<>(p.bound());
        bound.addAll(added);
        BitSet placed = (BitSet) p.placedPredicates().clone();
        LogicalOp plan = op;
        for (int i = 0; i < predicateVariables.size(); i++) {
            if (!placed.get(i) && bound.containsAll(predicateVariables.get(i))) {
                plan = new Filter(plan, graph.predicates().get(i));
                placed.set(i);
            }
        }
        return new Partial(plan, bound, used, placed, p.cost() + estimator.rows(plan));
    }

    /** Expands into every relationship whose ends are both bound. */
    private Partial close(Partial p) {
        Partial current = p;
        List<PatternGraph.Relationship> rels = graph.relationships();
        for (int i = 0; i < rels.size(); i++) {
            PatternGraph.Relationship r = rels.get(i);
            if (!current.usedRelationships().get(i) && current.bound().contains(r.from())
                    && current.bound().contains(r.to())) {
                BitSet used = (BitSet) current.usedRelationships().clone();
                used.set(i);
                ExpandInto into = new ExpandInto(current.plan(), r.from(), r.variable(), r.types(), r.direction(), r.to());
                current = step(current, into, used, Set.of(r.variable()));
            }
        }
        return current;
    }

    private double rows(Partial p) {
        return estimator.rows(p.plan());
    }

    private static Set<String> variables(Expr e) {
        return e.descendants().filter(x -> x instanceof VariableRef).map(x -> ((VariableRef) x).name())
                .collect(Collectors.toSet());
    }
}
