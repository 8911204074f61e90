package org.quiver.planner.logical;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.quiver.parser.ast.PatternPart.PathSelector;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import org.quiver.planner.expr.Expr;
import org.quiver.planner.types.CypherType;

/**
 * A variable-length relationship {@code -[relationships:types*min..max]->}: from the bound node
 * {@code from}, every trail of {@code minHops} to {@code maxHops} relationships (unbounded when
 * empty) that repeats no relationship, each of which satisfies {@code stepPredicates} (written over
 * {@code stepVariable}, one relationship of the trail). Binds {@code relationships} to the list of
 * relationships in pattern order ({@code reversed}: the pattern was written towards {@code from}),
 * {@code to} to the far end (already bound when {@code into}), and, when present, {@code innerNodes}
 * to the nodes strictly between the ends, for a named path. {@code selector} other than
 * {@code ALL} keeps, for each pair of ends, only the shortest trails ({@code SHORTEST}: one of them).
 * With {@code distinctEnds} it keeps one trail for each end node an input row reaches: the rows
 * differ from all trails' only in how often each end appears.
 */
public record VarExpand(
        LogicalOp input, String from, String relationships, List<String> types, ExpandDirection direction,
        int minHops, OptionalInt maxHops, String to, Set<String> toLabels, boolean into, boolean reversed,
        String stepVariable, List<Expr> stepPredicates, Optional<String> innerNodes, PathSelector selector,
        boolean distinctEnds) implements LogicalOp {
    public VarExpand {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(relationships, "relationships");
        types = List.copyOf(types);
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(maxHops, "maxHops");
        Objects.requireNonNull(to, "to");
        toLabels = java.util.Collections.unmodifiableSet(new TreeSet<>(toLabels));
        Objects.requireNonNull(stepVariable, "stepVariable");
        stepPredicates = List.copyOf(stepPredicates);
        Objects.requireNonNull(innerNodes, "innerNodes");
        Objects.requireNonNull(selector, "selector");
        if (!input.variables().containsKey(from)) {
            throw new IllegalArgumentException("var-expand from unbound " + from);
        }
        if (into != input.variables().containsKey(to)) {
            throw new IllegalArgumentException("var-expand into " + to + " must match whether it is bound");
        }
        if (distinctEnds && (selector != PathSelector.ALL || minHops > 1 || innerNodes.isPresent())) {
            throw new IllegalArgumentException("distinct ends need all trails from at most one hop, without a path");
        }
        if (minHops < 0 || maxHops.isPresent() && maxHops.getAsInt() < minHops) {
            throw new IllegalArgumentException("bad hop range " + minHops + ".." + maxHops);
        }
    }

    public List<LogicalOp> children() {
        return List.of(input);
    }

    public LogicalOp withChildren(List<LogicalOp> children) {
        return new VarExpand(children.get(0), from, relationships, types, direction, minHops, maxHops, to, toLabels,
                into, reversed, stepVariable, stepPredicates, innerNodes, selector, distinctEnds);
    }

    /**
     * This expansion yielding one trail per (input row, end node) instead of every trail: what it
     * means when only which ends are reached matters (see {@code rewrite.DistinctVarLengthEnds}).
     */
    public VarExpand withDistinctEnds() {
        return new VarExpand(input, from, relationships, types, direction, minHops, maxHops, to, toLabels,
                into, reversed, stepVariable, stepPredicates, innerNodes, selector, true);
    }

    public Map<String, CypherType> variables() {
        Map<String, CypherType> vars = new LinkedHashMap<>(input.variables());
        vars.put(relationships, CypherType.listOf(CypherType.RELATIONSHIP));
        vars.put(to, CypherType.NODE);
        innerNodes.ifPresent(n -> vars.put(n, CypherType.listOf(CypherType.NODE)));
        return vars;
    }
}
