package org.quiver.planner.rewrite;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.quiver.planner.logical.LogicalOp;
import org.quiver.planner.stats.GraphStatistics;

/**
 * Rewrites a logical plan stage by stage; each stage runs its rules bottom-up until none fires.
 * Every rule can be switched off by name, to bisect a bad plan.
 *
 * <pre>{@code
 * LogicalOp better = Optimizer.standard().optimize(plan, Set.of("MergeFilters"), p -> {});
 * }</pre>
 */
public final class Optimizer {
    private static final int MAX_PASSES = 100;

    private final List<RuleStage> stages;

    public Optimizer(List<RuleStage> stages) {
        this.stages = List.copyOf(stages);
    }

    /** The rules Quiver runs, in order, without statistics of the graph (join order from fixed guesses). */
    public static Optimizer standard() {
        return standard(() -> GraphStatistics.UNKNOWN);
    }

    /** The rules Quiver runs, in order; {@code statistics} is asked for only when join order needs them. */
    public static Optimizer standard(Supplier<GraphStatistics> statistics) {
        return standard(statistics, () -> GraphStatistics.UNKNOWN);
    }

    /**
     * As {@link #standard(Supplier)}; {@code exact} are statistics of the very graph version the plan
     * reads (not one an earlier update changed), which rules may rely on for what a plan computes.
     */
    public static Optimizer standard(Supplier<GraphStatistics> statistics, Supplier<GraphStatistics> exact) {
        return new Optimizer(List.of(
                new RuleStage("normalize",
                        "fold constant conditions and split conditions first so that each part can be pushed on its own; "
                                + "uniqueness checks the graph makes true go",
                        List.of(new FoldConstantPredicates(), new SplitConjunctions(), new RemoveTrueFilters(),
                                new DropImpliedUniqueness(exact))),
                new RuleStage("join order",
                        "with single predicates in place, choose the order of scans and expands by cost; "
                                + "the search places each predicate as early as it can",
                        List.of(new OrderPatternJoins(statistics))),
                new RuleStage("push down",
                        "filter as early as the variables allow, before the joins that multiply rows",
                        List.of(new PushFilterBelowExpand(), new PushFilterIntoCartesianProduct())),
                new RuleStage("tidy",
                        "after pushing, filters that ended up adjacent become one; variable-length steps "
                                + "whose trails matter only through their ends search breadth-first",
                        List.of(new MergeFilters(), new DistinctVarLengthEnds(), new PathLengthFromSteps()))));
    }

    public List<String> ruleNames() {
        List<String> names = new ArrayList<>();
        stages.forEach(s -> s.rules().forEach(r -> names.add(r.name())));
        return names;
    }

    /**
     * Optimizes {@code plan}, skipping the rules named in {@code disabled}; {@code afterEachRule}
     * sees the whole plan after every rule that fired (tests validate it there).
     */
    public LogicalOp optimize(LogicalOp plan, Set<String> disabled, Consumer<LogicalOp> afterEachRule) {
        for (String name : disabled) {
            if (!ruleNames().contains(name)) {
                throw new IllegalArgumentException("no optimizer rule named " + name + "; rules: " + ruleNames());
            }
        }
        LogicalOp current = plan;
        for (RuleStage stage : stages) {
            List<RewriteRule> rules = stage.rules().stream().filter(r -> !disabled.contains(r.name())).toList();
            for (RewriteRule rule : rules) {
                if (rule instanceof WholePlanRule) {
                    Optional<LogicalOp> next = rule.apply(current);
                    if (next.isPresent()) {
                        current = next.get();
                        afterEachRule.accept(current);
                    }
                }
            }
            rules = rules.stream().filter(r -> !(r instanceof WholePlanRule)).toList();
            for (int pass = 0; pass < MAX_PASSES; pass++) {
                Optional<LogicalOp> next = rewriteOnce(current, rules);
                if (next.isEmpty()) {
                    break;
                }
                current = next.get();
                afterEachRule.accept(current);
            }
        }
        return current;
    }

    /** Fires the first rule that matches anywhere, children before parents; empty when none does. */
    private static Optional<LogicalOp> rewriteOnce(LogicalOp op, List<RewriteRule> rules) {
        List<LogicalOp> children = op.children();
        for (int i = 0; i < children.size(); i++) {
            Optional<LogicalOp> rewritten = rewriteOnce(children.get(i), rules);
            if (rewritten.isPresent()) {
                List<LogicalOp> updated = new ArrayList<>(children);
                updated.set(i, rewritten.get());
                return Optional.of(op.withChildren(updated));
            }
        }
        for (RewriteRule rule : rules) {
            Optional<LogicalOp> result = rule.apply(op);
            if (result.isPresent()) {
                return result;
            }
        }
        return Optional.empty();
    }
}
