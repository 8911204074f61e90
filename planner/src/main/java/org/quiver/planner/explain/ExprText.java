package org.quiver.planner.explain;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.quiver.planner.expr.AggregateCall;
import org.quiver.planner.expr.Binary;
import org.quiver.planner.expr.Expr;
import org.quiver.planner.expr.FieldOf;
import org.quiver.planner.expr.HasLabel;
import org.quiver.planner.expr.LambdaVariable;
import org.quiver.planner.expr.ListOf;
import org.quiver.planner.expr.ListPredicate;
import org.quiver.planner.expr.Literal;
import org.quiver.planner.expr.NamedExpr;
import org.quiver.planner.expr.NullCheck;
import org.quiver.planner.expr.PropertyOf;
import org.quiver.planner.expr.ScalarCall;
import org.quiver.planner.expr.SortKey;
import org.quiver.planner.expr.Unary;
import org.quiver.planner.expr.VariableRef;

/** Bound expressions written back in a Cypher-like notation, for plans people read. */
public final class ExprText {
    private static final Map<Binary.Op, String> SYMBOLS = Map.ofEntries(
            Map.entry(Binary.Op.AND, "AND"), Map.entry(Binary.Op.OR, "OR"), Map.entry(Binary.Op.XOR, "XOR"),
            Map.entry(Binary.Op.EQUALS, "="), Map.entry(Binary.Op.NOT_EQUALS, "<>"),
            Map.entry(Binary.Op.LESS_THAN, "<"), Map.entry(Binary.Op.LESS_THAN_OR_EQUAL, "<="),
            Map.entry(Binary.Op.GREATER_THAN, ">"), Map.entry(Binary.Op.GREATER_THAN_OR_EQUAL, ">="),
            Map.entry(Binary.Op.STARTS_WITH, "STARTS WITH"), Map.entry(Binary.Op.ENDS_WITH, "ENDS WITH"),
            Map.entry(Binary.Op.CONTAINS, "CONTAINS"), Map.entry(Binary.Op.REGEX_MATCH, "=~"),
            Map.entry(Binary.Op.IN, "IN"), Map.entry(Binary.Op.ADD, "+"), Map.entry(Binary.Op.SUBTRACT, "-"),
            Map.entry(Binary.Op.MULTIPLY, "*"), Map.entry(Binary.Op.DIVIDE, "/"),
            Map.entry(Binary.Op.INTEGER_DIVIDE, "/"), Map.entry(Binary.Op.MODULO, "%"),
            Map.entry(Binary.Op.POWER, "^"), Map.entry(Binary.Op.CONCAT_STRINGS, "+"),
            Map.entry(Binary.Op.CONCAT_LISTS, "+"), Map.entry(Binary.Op.APPEND_TO_LIST, "+"),
            Map.entry(Binary.Op.PREPEND_TO_LIST, "+"));

    private ExprText() {
    }

    /** An expression, a named expression, a sort key or a list of them; anything else as it prints itself. */
    public static String of(Object value) {
        if (value instanceof Expr e) {
            return expr(e);
        }
        if (value instanceof NamedExpr n) {
            return n.expr() instanceof VariableRef v && v.name().equals(n.name()) ? n.name()
                    : expr(n.expr()) + " AS " + n.name();
        }
        if (value instanceof org.quiver.planner.expr.RowCount c) {
            return expr(c.value());
        }
        if (value instanceof java.util.Optional<?> o && o.isPresent()
                && o.get() instanceof org.quiver.planner.expr.RowCount c) {
            return expr(c.value());
        }
        if (value instanceof SortKey k) {
            return expr(k.expr()) + (k.descending() ? " DESC" : "");
        }
        if (value instanceof List<?> list && list.stream().anyMatch(x -> x instanceof Expr || x instanceof NamedExpr
                || x instanceof SortKey)) {
            return list.stream().map(ExprText::of).collect(Collectors.joining(", ", "[", "]"));
        }
        return String.valueOf(value);
    }

    private static String expr(Expr e) {
        if (e instanceof VariableRef v) {
            return v.name();
        }
        if (e instanceof LambdaVariable v) {
            return v.name();
        }
        if (e instanceof PropertyOf p) {
            return p.entity().name() + "." + p.key();
        }
        if (e instanceof FieldOf f) {
            return expr(f.map()) + "." + f.key();
        }
        if (e instanceof org.quiver.planner.expr.ParameterRef p) {
            return "$" + p.name();
        }
        if (e instanceof Literal l) {
            return l.value() instanceof String s ? "'" + s.replace("'", "\\'") + "'" : String.valueOf(l.value());
        }
        if (e instanceof Binary b) {
            return "(" + expr(b.left()) + " " + SYMBOLS.get(b.op()) + " " + expr(b.right()) + ")";
        }
        if (e instanceof Unary u) {
            return (u.op() == Unary.Op.NOT ? "NOT " : "-") + expr(u.operand());
        }
        if (e instanceof HasLabel h) {
            return expr(h.node()) + ":" + h.label();
        }
        if (e instanceof NullCheck n) {
            return expr(n.operand()) + (n.negated() ? " IS NOT NULL" : " IS NULL");
        }
        if (e instanceof ScalarCall c) {
            return c.function() + c.arguments().stream().map(ExprText::expr).collect(Collectors.joining(", ", "(", ")"));
        }
        if (e instanceof AggregateCall a) {
            return a.function().name().toLowerCase(java.util.Locale.ROOT) + "(" + (a.distinct() ? "DISTINCT " : "")
                    + a.argument().map(ExprText::expr).orElse("*") + a.percentile().map(p -> ", " + expr(p)).orElse("")
                    + ")";
        }
        if (e instanceof ListOf l) {
            return l.elements().stream().map(ExprText::expr).collect(Collectors.joining(", ", "[", "]"));
        }
        if (e instanceof org.quiver.planner.expr.ReduceOf r) {
            return "reduce(" + r.accumulator() + " = " + expr(r.initial()) + ", " + r.variable() + " IN " + expr(r.list())
                    + " | " + expr(r.expression()) + ")";
        }
        if (e instanceof ListPredicate p) {
            return p.kind().name().toLowerCase(java.util.Locale.ROOT) + "(" + p.variable() + " IN " + expr(p.list())
                    + " WHERE " + expr(p.predicate()) + ")";
        }
        return e.getClass().getSimpleName()
                + e.children().stream().map(ExprText::expr).collect(Collectors.joining(", ", "(", ")"));
    }
}
