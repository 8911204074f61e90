package org.quiver.planner.semantic;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.quiver.parser.ast.AstNode;
import org.quiver.parser.ast.Expression;
import org.quiver.parser.ast.ListComprehension;
import org.quiver.parser.ast.Pattern;
import org.quiver.parser.ast.PatternComprehension;
import org.quiver.parser.ast.PatternExpression;
import org.quiver.parser.ast.PatternPart;
import org.quiver.parser.ast.Quantified;
import org.quiver.parser.error.SyntaxError;
import org.quiver.planner.logical.LogicalOp;
import org.quiver.planner.logical.OuterRows;

/** Patterns used as predicates in a {@code WHERE}: finding them, and planning each against the rows it filters. */
final class PatternPredicates {
    private PatternPredicates() {
    }

    /** The pattern expressions of a predicate, outside list predicates and comprehensions (which bind their own variables). */
    static List<PatternExpression> in(Expression predicate) {
        List<PatternExpression> found = new ArrayList<>();
        collect(predicate, found);
        return found;
    }

    private static void collect(Object node, List<PatternExpression> found) {
        if (node instanceof PatternExpression p) {
            found.add(p);
            return;
        }
        if (node instanceof Quantified || node instanceof ListComprehension || node instanceof PatternComprehension) {
            return;
        }
        if (node instanceof Collection<?> items) {
            items.forEach(i -> collect(i, found));
        } else if (node instanceof Optional<?> optional) {
            optional.ifPresent(o -> collect(o, found));
        } else if (node instanceof AstNode && node.getClass().isRecord()) {
            for (RecordComponent c : node.getClass().getRecordComponents()) {
                try {
                    collect(c.getAccessor().invoke(node), found);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
    }

    /** The input rows extended by the pattern; new variables in it stay local to the predicate. */
    static LogicalOp plan(BindContext context, LogicalOp input, Scope scope, PatternExpression pattern) {
        pattern.pattern().start().variable().ifPresent(v -> requireBound(scope, v));
        pattern.pattern().steps().forEach(step -> {
            step.node().variable().ifPresent(v -> requireBound(scope, v));
            step.relationship().variable().ifPresent(v -> requireBound(scope, v));
        });
        PatternBinder binder = new PatternBinder(context, new OuterRows(input.variables()), scope);
        binder.bind(new Pattern(List.of(new PatternPart(Optional.empty(), PatternPart.PathSelector.ALL,
                pattern.pattern(), pattern.span())), pattern.span()));
        return binder.plan();
    }

    private static void requireBound(Scope scope, org.quiver.parser.ast.Variable v) {
        if (!scope.contains(v.name())) {
            throw new SyntaxError("UndefinedVariable", "Variable `" + v.name() + "` not defined", v.span());
        }
    }
}
