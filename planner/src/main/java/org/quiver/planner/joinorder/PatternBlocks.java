package org.quiver.planner.joinorder;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.quiver.planner.expr.Expr;
import org.quiver.planner.logical.CartesianProduct;
import org.quiver.planner.logical.NodeHashJoin;
import org.quiver.planner.logical.Expand;
import org.quiver.planner.logical.ExpandInto;
import org.quiver.planner.logical.Filter;
import org.quiver.planner.logical.LogicalOp;
import org.quiver.planner.logical.NodeScan;

/** Finds the blocks of a plan made only of scans, expands, products and filters, and takes them apart. */
final class PatternBlocks {
    private PatternBlocks() {
    }

    static boolean isPatternOperator(LogicalOp op) {
        return op instanceof NodeScan || op instanceof Expand || op instanceof ExpandInto || op instanceof Filter
                || op instanceof CartesianProduct || op instanceof NodeHashJoin;
    }

    /** The pattern graph of the block whose top operator is {@code top}. */
    static PatternGraph takeApart(LogicalOp top) {
        Map<String, Set<String>> nodes = new LinkedHashMap<>();
        List<PatternGraph.Relationship> relationships = new ArrayList<>();
        List<Expr> predicates = new ArrayList<>();
        List<LogicalOp> inputs = new ArrayList<>();
        collect(top, nodes, relationships, predicates, inputs);
        return new PatternGraph(nodes, relationships, predicates, inputs);
    }

    private static void collect(LogicalOp op, Map<String, Set<String>> nodes, List<PatternGraph.Relationship> rels,
            List<Expr> predicates, List<LogicalOp> inputs) {
        if (op instanceof NodeScan scan) {
            nodes.merge(scan.variable(), scan.labels(), PatternBlocks::union);
        } else if (op instanceof Expand e) {
            collect(e.input(), nodes, rels, predicates, inputs);
            nodes.merge(e.to(), e.toLabels(), PatternBlocks::union);
            rels.add(new PatternGraph.Relationship(e.relationship(), e.from(), e.types(), e.direction(), e.to()));
        } else if (op instanceof ExpandInto e) {
            collect(e.input(), nodes, rels, predicates, inputs);
            rels.add(new PatternGraph.Relationship(e.relationship(), e.from(), e.types(), e.direction(), e.to()));
        } else if (op instanceof Filter f) {
            collect(f.input(), nodes, rels, predicates, inputs);
            predicates.add(f.predicate());
        } else if (op instanceof CartesianProduct p) {
            collect(p.left(), nodes, rels, predicates, inputs);
            collect(p.right(), nodes, rels, predicates, inputs);
        } else if (op instanceof NodeHashJoin j) {
            collect(j.left(), nodes, rels, predicates, inputs);
            collect(j.right(), nodes, rels, predicates, inputs);
        } else {
            inputs.add(op);
        }
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new java.util.LinkedHashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }
}
