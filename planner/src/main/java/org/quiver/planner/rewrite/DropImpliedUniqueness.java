package org.quiver.planner.rewrite;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.quiver.planner.expr.Binary;
import org.quiver.planner.expr.Expr;
import org.quiver.planner.expr.Unary;
import org.quiver.planner.expr.VariableRef;
import org.quiver.planner.logical.CartesianProduct;
import org.quiver.planner.logical.Expand;
import org.quiver.planner.logical.ExpandDirection;
import org.quiver.planner.logical.ExpandInto;
import org.quiver.planner.logical.Filter;
import org.quiver.planner.logical.LogicalOp;
import org.quiver.planner.logical.NodeHashJoin;
import org.quiver.planner.stats.GraphStatistics;

/**
 * Drops a pattern's {@code r1 <> r2} (relationship uniqueness) when the statistics show the two
 * can never be one relationship. Were they one, their ends would be the same nodes; merging those
 * nodes turns some relationship of the pattern into a loop from a node to itself, and when its types
 * have no such loops in the graph, the equality is impossible. In the triangle
 * {@code (a)-[r0]->(b)-[r1]->(c), (a)-[r2]->(c)}, {@code r0 = r2} makes {@code b = c} and {@code r1}
 * a loop; {@code r0 = r1} makes {@code a = b = c}. An undirected relationship may coincide either way
 * round: both ways must be impossible. Only relationships every row has (expands under filters and
 * joins, not optional or subquery parts) are reasoned about.
 */
public final class DropImpliedUniqueness implements RewriteRule {
    private final Supplier<GraphStatistics> statistics;

    public DropImpliedUniqueness(Supplier<GraphStatistics> statistics) {
        this.statistics = statistics;
    }

    @Override
    public Optional<LogicalOp> apply(LogicalOp op) {
        if (!(op instanceof Filter filter)) {
            return Optional.empty();
        }
        List<Expr> conjuncts = new ArrayList<>();
        conjuncts(filter.predicate(), conjuncts);
        if (conjuncts.stream().noneMatch(c -> relationshipPair(c).isPresent())) {
            return Optional.empty();
        }
        Map<String, Step> steps = new LinkedHashMap<>();
        collect(filter.input(), steps);
        GraphStatistics known = statistics.get();
        List<Expr> kept = new ArrayList<>();
        for (Expr c : conjuncts) {
            Optional<String[]> pair = relationshipPair(c);
            if (pair.isEmpty() || !impossible(steps, pair.get()[0], pair.get()[1], known)) {
                kept.add(c);
            }
        }
        if (kept.size() == conjuncts.size()) {
            return Optional.empty();
        }
        if (kept.isEmpty()) {
            return Optional.of(filter.input());
        }
        Expr predicate = kept.get(0);
        for (int i = 1; i < kept.size(); i++) {
            predicate = new Binary(Binary.Op.AND, predicate, kept.get(i), predicate.type());
        }
        return Optional.of(new Filter(filter.input(), predicate));
    }

    /** One relationship of the pattern: its ends as written and the types it may have. */
    private record Step(String from, String to, List<String> types, ExpandDirection direction) {
        /** The (source, target) ways round the relationship may lie. */
        List<String[]> orientations() {
            return switch (direction) {
                case OUTGOING -> List.<String[]>of(new String[] {from, to});
                case INCOMING -> List.<String[]>of(new String[] {to, from});
                case BOTH -> List.of(new String[] {from, to}, new String[] {to, from});
            };
        }
    }

    private static boolean impossible(Map<String, Step> steps, String r1, String r2, GraphStatistics known) {
        Step a = steps.get(r1);
        Step b = steps.get(r2);
        if (a == null || b == null) {
            return false;
        }
        for (String[] oa : a.orientations()) {
            for (String[] ob : b.orientations()) {
                Map<String, String> same = new HashMap<>();
                union(same, oa[0], ob[0]);
                union(same, oa[1], ob[1]);
                boolean loop = steps.values().stream().anyMatch(s -> find(same, s.from()).equals(find(same, s.to()))
                        && known.withoutSelfLoops(s.types()));
                if (!loop) {
                    return false;
                }
            }
        }
        return true;
    }

    private static String find(Map<String, String> parent, String node) {
        String p = parent.getOrDefault(node, node);
        return p.equals(node) ? node : find(parent, p);
    }

    private static void union(Map<String, String> parent, String x, String y) {
        String rx = find(parent, x);
        String ry = find(parent, y);
        if (!rx.equals(ry)) {
            parent.put(rx, ry);
        }
    }

    /** The relationships bound by every row of {@code op}: through filters, expands and joins only. */
    private static void collect(LogicalOp op, Map<String, Step> steps) {
        if (op instanceof Expand e) {
            steps.put(e.relationship(), new Step(e.from(), e.to(), e.types(), e.direction()));
        } else if (op instanceof ExpandInto e) {
            steps.put(e.relationship(), new Step(e.from(), e.to(), e.types(), e.direction()));
        } else if (!(op instanceof Filter || op instanceof NodeHashJoin || op instanceof CartesianProduct)) {
            return;
        }
        op.children().forEach(c -> collect(c, steps));
    }

    private static void conjuncts(Expr e, List<Expr> out) {
        if (e instanceof Binary b && b.op() == Binary.Op.AND) {
            conjuncts(b.left(), out);
            conjuncts(b.right(), out);
        } else {
            out.add(e);
        }
    }

    /** {@code r1 <> r2} or {@code NOT r1 = r2} over two relationship variables. */
    private static Optional<String[]> relationshipPair(Expr e) {
        Expr inner = e instanceof Unary u && u.op() == Unary.Op.NOT && u.operand() instanceof Binary b
                && b.op() == Binary.Op.EQUALS ? b : e;
        boolean negated = inner != e;
        if (inner instanceof Binary b && (negated || b.op() == Binary.Op.NOT_EQUALS)
                && b.left() instanceof VariableRef l && b.right() instanceof VariableRef r
                && l.type() == org.quiver.planner.types.CypherType.RELATIONSHIP
                && r.type() == org.quiver.planner.types.CypherType.RELATIONSHIP) {
            return Optional.of(new String[] {l.name(), r.name()});
        }
        return Optional.empty();
    }
}
