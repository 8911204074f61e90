package org.quiver.planner.semantic;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.quiver.parser.ast.AstNode;
import org.quiver.parser.ast.CountStar;
import org.quiver.parser.ast.Expression;
import org.quiver.parser.ast.FunctionCall;
import org.quiver.parser.ast.PropertyAccess;
import org.quiver.parser.ast.Variable;

/**
 * Cypher's rules for expressions that mix aggregation with other values, read on the syntax (before
 * binding, which may fold a property the graph lacks into a null and lose the variable): outside its
 * aggregating calls such an expression may read only grouping keys that are a variable or a property
 * of one, and names the projection defines.
 */
final class AggregationScope {
    private AggregationScope() {
    }

    static boolean containsAggregate(AstNode e) {
        return find(e, AggregationScope::isAggregateCall).isPresent();
    }

    static boolean isAggregateCall(Object node) {
        return node instanceof CountStar
                || node instanceof FunctionCall f && f.namespace().isEmpty()
                        && FunctionBinder.isAggregate(f.name().toLowerCase(Locale.ROOT));
    }

    /** A key that aggregating expressions may read: a variable or a property of a variable. */
    static boolean isSimpleKey(Expression e) {
        return e instanceof Variable || e instanceof PropertyAccess p && p.subject() instanceof Variable;
    }

    /**
     * The first variable {@code e} reads outside its aggregating calls that is not inside one of
     * {@code keys} and not one of {@code names}; only variables that {@code inScope} holds count (a
     * list comprehension's own variable does not).
     */
    static Optional<Variable> ungrouped(Expression e, Set<Expression> keys, Set<String> names,
            Predicate<String> inScope) {
        return walk(e, keys, names, inScope);
    }

    private static Optional<Variable> walk(Object node, Set<Expression> keys, Set<String> names,
            Predicate<String> inScope) {
        if (node instanceof Expression e && keys.contains(e) || isAggregateCall(node)) {
            return Optional.empty();
        }
        if (node instanceof Variable v) {
            return !names.contains(v.name()) && inScope.test(v.name()) ? Optional.of(v) : Optional.empty();
        }
        for (Object child : children(node)) {
            Optional<Variable> found = walk(child, keys, names, inScope);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** {@code e} with every sub-expression that {@code replacements} holds replaced, outermost first. */
    static Expression replace(Expression e, Map<Expression, Expression> replacements) {
        Expression direct = replacements.get(e);
        if (direct != null) {
            return direct;
        }
        return (Expression) rebuild(e, replacements);
    }

    private static Object rebuild(Object node, Map<Expression, Expression> replacements) {
        if (node instanceof Expression e && replacements.containsKey(e)) {
            return replacements.get(e);
        }
        if (node instanceof List<?> list) {
            List<Object> out = new ArrayList<>();
            list.forEach(x -> out.add(rebuild(x, replacements)));
            return List.copyOf(out);
        }
        if (node instanceof Optional<?> optional) {
            return optional.map(x -> rebuild(x, replacements));
        }
        if (!(node instanceof AstNode) || !node.getClass().isRecord()) {
            return node;
        }
        RecordComponent[] components = node.getClass().getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        try {
            for (int i = 0; i < components.length; i++) {
                values[i] = rebuild(components[i].getAccessor().invoke(node), replacements);
                types[i] = components[i].getType();
            }
            Constructor<?> canonical = node.getClass().getDeclaredConstructor(types);
            return canonical.newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot rebuild " + node.getClass().getSimpleName(), e);
        }
    }

    private static Optional<Object> find(Object node, Predicate<Object> test) {
        if (test.test(node)) {
            return Optional.of(node);
        }
        if (node instanceof org.quiver.parser.ast.ExistsSubquery || node instanceof org.quiver.parser.ast.CountSubquery
                || node instanceof org.quiver.parser.ast.CollectSubquery) {
            // A subquery's aggregations aggregate its own rows, not the projection's.
            return Optional.empty();
        }
        for (Object child : children(node)) {
            Optional<Object> found = find(child, test);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static List<Object> children(Object node) {
        List<Object> out = new ArrayList<>();
        if (node instanceof Collection<?> items) {
            out.addAll(items);
        } else if (node instanceof Optional<?> optional) {
            optional.ifPresent(out::add);
        } else if (node instanceof AstNode && node.getClass().isRecord()) {
            for (RecordComponent c : node.getClass().getRecordComponents()) {
                try {
                    Object value = c.getAccessor().invoke(node);
                    if (value instanceof AstNode || value instanceof Collection<?> || value instanceof Optional<?>) {
                        out.add(value);
                    }
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return out;
    }
}
