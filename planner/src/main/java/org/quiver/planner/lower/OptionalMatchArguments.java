package org.quiver.planner.lower;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.quiver.planner.expr.Expr;
import org.quiver.planner.expr.VariableRef;
import org.quiver.planner.logical.CartesianProduct;
import org.quiver.planner.logical.Expand;
import org.quiver.planner.logical.ExpandInto;
import org.quiver.planner.logical.Filter;
import org.quiver.planner.logical.LogicalOp;
import org.quiver.planner.logical.NodeScan;
import org.quiver.planner.logical.OuterRows;
import org.quiver.planner.logical.VarExpand;

/**
 * The input variables an {@code OPTIONAL MATCH}'s inner plan reads, when it may run once per
 * distinct combination of them and join back to the input (see {@code Lowering.optionalJoin}):
 * the inner plan is a pattern (scans, expansions, products, filters over the input rows) and
 * every variable it reads from the input is a node or a relationship, whose id identifies it.
 * Anything else (projections, subqueries, values, which may not be comparable) is left to the
 * general plan.
 */
final class OptionalMatchArguments {
    private OptionalMatchArguments() {
    }

    static Optional<List<String>> of(LogicalOp inner, Map<String, Binding> input) {
        Set<String> read = new LinkedHashSet<>();
        if (!collect(inner, read)) {
            return Optional.empty();
        }
        List<String> arguments = new ArrayList<>();
        for (String name : read) {
            Binding binding = input.get(name);
            if (binding == null) {
                continue;
            }
            if (!(binding instanceof Binding.Node) && !(binding instanceof Binding.Relationship)) {
                return Optional.empty();
            }
            arguments.add(name);
        }
        return arguments.isEmpty() ? Optional.empty() : Optional.of(arguments);
    }

    /**
     * The inner plan's one expansion, when the plan is a single step from {@code argument} over the
     * input rows with filters above it that do not read {@code argument}: then the step's
     * relationships alone, joined to the input on their near ends, give the same rows.
     */
    static Optional<Expand> oneStepFrom(LogicalOp inner, String argument) {
        LogicalOp op = inner;
        while (op instanceof Filter f) {
            Set<String> read = new LinkedHashSet<>();
            variables(f.predicate(), read);
            if (read.contains(argument)) {
                return Optional.empty();
            }
            op = f.input();
        }
        return op instanceof Expand e && e.from().equals(argument) && !e.to().equals(argument)
                && e.input() instanceof OuterRows ? Optional.of(e) : Optional.empty();
    }

    /** Adds the variables {@code op} and its inputs name; false for an operator this analysis does not know. */
    private static boolean collect(LogicalOp op, Set<String> read) {
        if (op instanceof OuterRows) {
            return true;
        } else if (op instanceof Expand e) {
            read.add(e.from());
            read.add(e.relationship());
            read.add(e.to());
        } else if (op instanceof ExpandInto e) {
            read.add(e.from());
            read.add(e.relationship());
            read.add(e.to());
        } else if (op instanceof VarExpand e) {
            read.add(e.from());
            read.add(e.relationships());
            read.add(e.to());
            read.add(e.stepVariable());
            e.innerNodes().ifPresent(read::add);
            e.stepPredicates().forEach(p -> variables(p, read));
        } else if (op instanceof Filter f) {
            variables(f.predicate(), read);
        } else if (op instanceof NodeScan scan) {
            read.add(scan.variable());
        } else if (!(op instanceof CartesianProduct) && !(op instanceof org.quiver.planner.logical.NodeHashJoin)) {
            return false;
        }
        for (LogicalOp child : op.children()) {
            if (!collect(child, read)) {
                return false;
            }
        }
        return true;
    }

    private static void variables(Expr e, Set<String> read) {
        e.descendants().filter(x -> x instanceof VariableRef).forEach(x -> read.add(((VariableRef) x).name()));
    }
}
