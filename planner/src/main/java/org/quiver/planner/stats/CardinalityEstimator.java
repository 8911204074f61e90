package org.quiver.planner.stats;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.quiver.planner.expr.Expr;
import org.quiver.planner.expr.ListOf;
import org.quiver.planner.expr.Literal;
import org.quiver.planner.logical.Aggregate;
import org.quiver.planner.logical.CartesianProduct;
import org.quiver.planner.logical.NodeHashJoin;
import org.quiver.planner.logical.Distinct;
import org.quiver.planner.logical.Expand;
import org.quiver.planner.logical.ExpandDirection;
import org.quiver.planner.logical.ExpandInto;
import org.quiver.planner.logical.Filter;
import org.quiver.planner.logical.Limit;
import org.quiver.planner.logical.LogicalOp;
import org.quiver.planner.logical.NodeScan;
import org.quiver.planner.logical.OptionalMatch;
import org.quiver.planner.logical.PatternExists;
import org.quiver.planner.logical.Skip;
import org.quiver.planner.logical.Union;
import org.quiver.planner.logical.Unwind;
import org.quiver.planner.logical.VarExpand;

/**
 * Estimates how many rows each operator of a logical plan produces, from {@link GraphStatistics}:
 * scans from label counts, expands from the average degree between the label sets at both ends,
 * filters from {@link Selectivity}. Without statistics it uses fixed guesses, so plans still
 * prefer selective starts.
 *
 * <pre>{@code
 * double rows = new CardinalityEstimator(statistics).rows(plan);
 * }</pre>
 */
public final class CardinalityEstimator {
    static final double GUESSED_NODES = 10_000;
    static final double GUESSED_LABEL_FRACTION = 0.1;
    static final double GUESSED_DEGREE = 5;
    /** Longer trails than this add nothing to a variable-length estimate: the guess would only grow wild. */
    private static final int HOPS_ESTIMATED = 4;

    private final GraphStatistics statistics;
    private final Map<LogicalOp, Double> rows = new IdentityHashMap<>();
    /** Labels known of each node variable and types of each relationship variable, by what binds them. */
    private final Map<String, Set<String>> labels = new HashMap<>();
    private final Map<String, List<String>> types = new HashMap<>();

    public CardinalityEstimator(GraphStatistics statistics) {
        this.statistics = statistics;
    }

    public double rows(LogicalOp op) {
        Double known = rows.get(op);
        if (known != null) {
            return known;
        }
        double estimate = Math.max(0, compute(op));
        rows.put(op, estimate);
        return estimate;
    }

    /** Nodes with at least {@code labels}. */
    private double nodes(Set<String> nodeLabels) {
        if (!statistics.known()) {
            return GUESSED_NODES * Math.pow(GUESSED_LABEL_FRACTION, nodeLabels.size());
        }
        return statistics.nodes(nodeLabels);
    }

    /**
     * How many relationships of {@code relTypes} in {@code direction} an average node with {@code fromLabels}
     * has to nodes with {@code toLabels}.
     */
    private double degree(Set<String> fromLabels, List<String> relTypes, ExpandDirection direction, Set<String> toLabels) {
        if (!statistics.known()) {
            double toFraction = Math.pow(GUESSED_LABEL_FRACTION, toLabels.size());
            return (direction == ExpandDirection.BOTH ? 2 : 1) * GUESSED_DEGREE * toFraction;
        }
        double from = statistics.nodes(fromLabels);
        if (from == 0) {
            return 0;
        }
        double outgoing = statistics.relationships(relTypes, fromLabels, toLabels);
        double incoming = statistics.relationships(relTypes, toLabels, fromLabels);
        double count = switch (direction) {
            case OUTGOING -> outgoing;
            case INCOMING -> incoming;
            case BOTH -> outgoing + incoming;
        };
        return count / from;
    }

    /**
     * The degree an expand meets. When its start node was reached over (or already expanded along) a
     * relationship of the same type, that node is likelier to be one with many such relationships:
     * the mean at a random relationship's end ({@link DegreeMoments}) replaces the plain mean.
     */
    private double skewedDegree(Expand e) {
        double plain = degree(labelsOf(e.from()), e.types(), e.direction(), e.toLabels());
        DegreeMoments moments = e.types().size() == 1 ? statistics.degreeMoments().get(e.types().get(0)) : null;
        if (moments == null || plain == 0) {
            return plain;
        }
        Optional<End> end = endOf(e.input(), e.from()).filter(x -> x.types().equals(e.types()));
        if (end.isEmpty()) {
            return plain;
        }
        boolean atSource = end.get().atSource();
        double mean = switch (e.direction()) {
            case OUTGOING -> moments.meanDegreeAtEnd(atSource, true);
            case INCOMING -> moments.meanDegreeAtEnd(atSource, false);
            case BOTH -> moments.meanDegreeAtEnd(atSource, true) + moments.meanDegreeAtEnd(atSource, false);
        };
        double toFraction = plain / degree(labelsOf(e.from()), e.types(), e.direction(), Set.of());
        return mean * toFraction;
    }

    /**
     * A node join on one node that both sides reached over relationships of the same type meets the
     * node's degrees twice: sum(dL * dR) over the nodes, not rows(L) * rows(R) / nodes, when degrees
     * are skewed. The factor between the two; 1 when not known.
     */
    private double joinSkew(NodeHashJoin j) {
        if (j.nodes().size() != 1) {
            return 1;
        }
        String node = j.nodes().get(0);
        Optional<End> left = endOf(j.left(), node);
        Optional<End> right = endOf(j.right(), node);
        if (left.isEmpty() || right.isEmpty() || !left.get().types().equals(right.get().types())
                || left.get().types().size() != 1) {
            return 1;
        }
        DegreeMoments moments = statistics.degreeMoments().get(left.get().types().get(0));
        double nodes = nodes(labelsOf(node));
        if (moments == null || moments.relationships() == 0 || nodes == 0) {
            return 1;
        }
        boolean l = left.get().atSource();
        double sum = moments.meanDegreeAtEnd(l, right.get().atSource()) * moments.relationships();
        double independent = (double) moments.relationships() * moments.relationships() / nodes;
        return sum / independent;
    }

    /** The relationship types of a directed expand, and whether a node is its source end. */
    private record End(List<String> types, boolean atSource) {
    }

    /**
     * Which end {@code node} is of the latest expand below that reaches or leaves it; empty when
     * that expand is undirected, or none did.
     */
    private static Optional<End> endOf(LogicalOp op, String node) {
        if (op instanceof Expand x && (x.to().equals(node) || x.from().equals(node))) {
            if (x.direction() == ExpandDirection.BOTH) {
                return Optional.empty();
            }
            boolean from = x.from().equals(node);
            return Optional.of(new End(x.types(), from == (x.direction() == ExpandDirection.OUTGOING)));
        }
        for (LogicalOp child : op.children()) {
            Optional<End> found = endOf(child, node);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** The fraction of rows {@code predicate} keeps, given what is known of the variables bound so far. */
    private double selectivity(Expr predicate) {
        return new Selectivity(statistics, labels, types).of(predicate);
    }

    /** Labels the plan is known to give {@code variable} (empty when nothing is known). */
    private Set<String> labelsOf(String variable) {
        return labels.getOrDefault(variable, Set.of());
    }

    /** Records the labels an operator gives a node variable, for the estimates of operators above it. */
    private void knowLabels(String variable, Set<String> nodeLabels) {
        labels.merge(variable, Set.copyOf(nodeLabels), CardinalityEstimator::union);
    }

    private void knowTypes(String variable, List<String> relTypes) {
        types.put(variable, List.copyOf(relTypes));
    }

    private double compute(LogicalOp op) {
        if (op instanceof NodeScan scan) {
            knowLabels(scan.variable(), scan.labels());
            return nodes(scan.labels());
        }
        if (op instanceof Expand e) {
            double in = rows(e.input());
            knowLabels(e.to(), e.toLabels());
            knowTypes(e.relationship(), e.types());
            return in * skewedDegree(e);
        }
        if (op instanceof ExpandInto e) {
            double in = rows(e.input());
            knowTypes(e.relationship(), e.types());
            double to = nodes(labelsOf(e.to()));
            return to == 0 ? 0 : in * degree(labelsOf(e.from()), e.types(), e.direction(), labelsOf(e.to())) / to;
        }
        if (op instanceof VarExpand e) {
            return varExpand(e);
        }
        if (op instanceof CartesianProduct p) {
            return rows(p.left()) * rows(p.right());
        }
        if (op instanceof NodeHashJoin j) {
            double rows = rows(j.left()) * rows(j.right());
            for (String node : j.nodes()) {
                rows /= Math.max(1, nodes(labelsOf(node)));
            }
            return rows * joinSkew(j);
        }
        if (op instanceof Filter f) {
            double in = rows(f.input());
            return in * selectivity(f.predicate());
        }
        if (op instanceof Aggregate a) {
            double in = rows(a.input());
            return a.groupings().isEmpty() ? 1 : Math.max(1, in * 0.1);
        }
        if (op instanceof Distinct d) {
            return rows(d.input()) * 0.9;
        }
        if (op instanceof Limit l) {
            return Math.min(rows(l.input()), l.count().known().orElse(Long.MAX_VALUE));
        }
        if (op instanceof Skip s) {
            return Math.max(0, rows(s.input()) - s.count().known().orElse(0));
        }
        if (op instanceof Unwind u) {
            return rows(u.input()) * listSize(u.list());
        }
        if (op instanceof OptionalMatch o) {
            return rows(o.input()) * Math.max(1, rows(o.inner()));
        }
        if (op instanceof PatternExists x) {
            rows(x.inner());
            return rows(x.input());
        }
        if (op instanceof Union u) {
            return u.parts().stream().mapToDouble(this::rows).sum();
        }
        return op.children().isEmpty() ? 1 : op.children().stream().mapToDouble(this::rows).max().orElse(1);
    }

    private double varExpand(VarExpand e) {
        double in = rows(e.input());
        knowLabels(e.to(), e.toLabels());
        double degree = degree(Set.of(), e.types(), e.direction(), Set.of());
        double trails = 0;
        int last = Math.min(e.maxHops().orElse(e.minHops() + HOPS_ESTIMATED), e.minHops() + HOPS_ESTIMATED);
        for (int hops = e.minHops(); hops <= last; hops++) {
            trails += Math.pow(degree, hops);
        }
        double perRow = e.into() ? trails / Math.max(1, nodes(labelsOf(e.to()))) : trails;
        double toFraction = e.toLabels().isEmpty() ? 1 : nodes(e.toLabels()) / Math.max(1, nodes(Set.of()));
        return in * perRow * toFraction;
    }

    private static double listSize(Expr list) {
        if (list instanceof ListOf l) {
            return l.elements().size();
        }
        if (list instanceof Literal l && l.value() instanceof List<?> values) {
            return values.size();
        }
        return 10;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new LinkedHashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }
}
