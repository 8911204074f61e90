package org.quiver.planner.semantic;

import java.util.List;
import org.quiver.parser.ast.BinaryOperator;
import org.quiver.parser.ast.Span;
import org.quiver.parser.ast.UnaryOperator;
import org.quiver.parser.error.UnsupportedFeature;
import org.quiver.parser.error.SyntaxError;
import org.quiver.planner.expr.Binary;
import org.quiver.planner.expr.Binary.Op;
import org.quiver.planner.expr.CaseWhen;
import org.quiver.planner.expr.Expr;
import org.quiver.planner.expr.Literal;
import org.quiver.planner.expr.NullCheck;
import org.quiver.planner.expr.Unary;
import org.quiver.planner.types.CypherType;

/**
 * Gives each operator its meaning from the operand types: {@code +} becomes addition, string or
 * list concatenation; {@code /} integer or float division; comparisons between values that can
 * never be equal become constants (with Cypher's null rules).
 */
final class OperatorBinder {

    Expr binary(BinaryOperator operator, Expr left, Expr right, Span span) {
        CypherType l = left.type();
        CypherType r = right.type();
        switch (operator) {
            case AND, OR, XOR -> {
                requireBoolean(left, operator, span);
                requireBoolean(right, operator, span);
                return new Binary(Op.valueOf(operator.name()), ExpressionBinder.asPredicate(left),
                        ExpressionBinder.asPredicate(right), CypherType.BOOLEAN);
            }
            case EQUALS, NOT_EQUALS -> {
                if (l == CypherType.NULL || r == CypherType.NULL) {
                    return Literal.ofNull();
                }
                if (!mayCompare(l, r)) {
                    return nullOr(left, right, Literal.of(operator == BinaryOperator.NOT_EQUALS));
                }
                if (MixedValues.involvesAny(l) || MixedValues.involvesAny(r)) {
                    return anyComparison(operator, left, right);
                }
                if (l.isMap() || r.isMap()) {
                    Expr equal = mapEquality(left, right, span);
                    if (equal == null) {
                        return anyComparison(operator, left, right);
                    }
                    return operator == BinaryOperator.EQUALS ? equal : new Unary(Unary.Op.NOT, equal, CypherType.BOOLEAN);
                }
                if ((l instanceof CypherType.ListOf || r instanceof CypherType.ListOf) && !listsComparable(l, r)) {
                    return anyComparison(operator, left, right);
                }
                return new Binary(Op.valueOf(operator.name()), left, right, CypherType.BOOLEAN);
            }
            case LESS_THAN, LESS_THAN_OR_EQUAL, GREATER_THAN, GREATER_THAN_OR_EQUAL -> {
                if (l == CypherType.NULL || r == CypherType.NULL) {
                    return Literal.ofNull();
                }
                if (MixedValues.involvesAny(l) || MixedValues.involvesAny(r)) {
                    return anyComparison(operator, left, right);
                }
                if (!mayCompare(l, r) || l.isEntity() || l.isMap() || l == CypherType.DURATION) {
                    return Literal.ofNull();
                }
                if (l instanceof CypherType.ListOf || r instanceof CypherType.ListOf) {
                    return anyComparison(operator, left, right);
                }
                return new Binary(Op.valueOf(operator.name()), left, right, CypherType.BOOLEAN);
            }
            case STARTS_WITH, ENDS_WITH, CONTAINS, REGEX_MATCH -> {
                if (operator != BinaryOperator.REGEX_MATCH && (MixedValues.isAny(l) || MixedValues.isAny(r))) {
                    return MixedValues.call(operator.name().toLowerCase(java.util.Locale.ROOT), List.of(left, right),
                            CypherType.BOOLEAN);
                }
                if (!isStringOrNull(l) || !isStringOrNull(r)) {
                    requireKnown(l, r, operator, span);
                    return Literal.ofNull();
                }
                return new Binary(Op.valueOf(operator.name()), left, right, CypherType.BOOLEAN);
            }
            case IN -> {
                if (r == CypherType.NULL) {
                    return Literal.ofNull();
                }
                if (l == CypherType.NULL) {
                    // null IN [] is false: nothing to compare with; against anything else it is unknown.
                    boolean empty = right instanceof Literal list && list.value() instanceof List<?> values
                            && values.isEmpty();
                    return empty ? Literal.of(false) : Literal.ofNull();
                }
                if (MixedValues.isAny(r) || MixedValues.involvesAny(l) || MixedValues.involvesAny(r)) {
                    return MixedValues.call("in", List.of(left, right), CypherType.BOOLEAN);
                }
                if (!(r instanceof CypherType.ListOf list)) {
                    throw typeMismatch("List", r, span);
                }
                if (l instanceof CypherType.ListOf && list.element() instanceof CypherType.ListOf
                        && !listsComparable(l, list.element())) {
                    return MixedValues.call("in", List.of(left, right), CypherType.BOOLEAN);
                }
                if (!mayCompare(l, list.element()) && list.element() != CypherType.ANY) {
                    // Never equal, but a null element makes the answer unknown: Cypher's rules at run time.
                    return MixedValues.call("in", List.of(left, right), CypherType.BOOLEAN);
                }
                return new Binary(Op.IN, left, right, CypherType.BOOLEAN);
            }
            case ADD -> {
                return add(left, right, span);
            }
            case SUBTRACT, MULTIPLY -> {
                return arithmetic(Op.valueOf(operator.name()), left, right, span);
            }
            case DIVIDE -> {
                Expr e = arithmetic(Op.DIVIDE, left, right, span);
                return e.type() == CypherType.INTEGER ? new Binary(Op.INTEGER_DIVIDE, left, right, CypherType.INTEGER) : e;
            }
            case MODULO -> {
                return arithmetic(Op.MODULO, left, right, span);
            }
            case POWER -> {
                Expr e = arithmetic(Op.POWER, left, right, span);
                return e instanceof Binary b ? new Binary(Op.POWER, b.left(), b.right(), CypherType.FLOAT) : e;
            }
            default -> throw new IllegalStateException("unknown operator " + operator);
        }
    }

    Expr unary(UnaryOperator operator, Expr operand, Span span) {
        CypherType t = operand.type();
        return switch (operator) {
            case NOT -> {
                requireBoolean(operand, null, span);
                yield new Unary(Unary.Op.NOT, ExpressionBinder.asPredicate(operand), CypherType.BOOLEAN);
            }
            case NEGATE -> {
                if (t == CypherType.NULL) {
                    yield Literal.ofNull();
                }
                // -(-2^63) overflows: left to run time, where it is an IntegerOverflow error.
                if (operand instanceof Literal lit && lit.value() instanceof Long v && v != Long.MIN_VALUE) {
                    yield Literal.of(-v);
                }
                if (operand instanceof Literal lit && lit.value() instanceof Double v) {
                    yield new Literal(-v, CypherType.FLOAT);
                }
                if (MixedValues.isAny(t)) {
                    yield MixedValues.call("subtract", List.of(Literal.of(0), operand), CypherType.ANY);
                }
                requireNumber(t, span);
                yield new Unary(Unary.Op.NEGATE, operand, t);
            }
            case PLUS -> {
                if (t != CypherType.NULL && !MixedValues.isAny(t)) {
                    requireNumber(t, span);
                }
                yield operand;
            }
        };
    }

    private Expr add(Expr left, Expr right, Span span) {
        CypherType l = left.type();
        CypherType r = right.type();
        if (l == CypherType.NULL || r == CypherType.NULL) {
            return Literal.ofNull();
        }
        boolean list = l instanceof CypherType.ListOf || r instanceof CypherType.ListOf;
        if (MixedValues.isAny(l) || MixedValues.isAny(r)) {
            // A list plus anything is a list (appended to, or concatenated with a list the Any value holds).
            return list ? MixedValues.call("add_to_list", List.of(left, right), CypherType.listOf(CypherType.ANY))
                    : MixedValues.call("add", List.of(left, right), CypherType.ANY);
        }
        if (list) {
            return concatenation(left, right, span);
        }
        if (l == CypherType.STRING || r == CypherType.STRING) {
            CypherType other = l == CypherType.STRING ? r : l;
            if (other == CypherType.STRING || other.isNumeric() || other == CypherType.BOOLEAN) {
                return new Binary(Op.CONCAT_STRINGS, left, right, CypherType.STRING);
            }
            requireKnown(l, r, BinaryOperator.ADD, span);
            throw new SyntaxError("InvalidArgumentType",
                    "Type mismatch: cannot add " + l.displayName() + " and " + r.displayName(), span);
        }
        return arithmetic(Op.ADD, left, right, span);
    }

    /** {@code list + list}, {@code list + element}, {@code element + list}; the elements must share one type. */
    private Expr concatenation(Expr left, Expr right, Span span) {
        CypherType l = left.type();
        CypherType r = right.type();
        Op op;
        CypherType element;
        if (l instanceof CypherType.ListOf a && r instanceof CypherType.ListOf b) {
            op = Op.CONCAT_LISTS;
            element = a.element().join(b.element());
        } else if (l instanceof CypherType.ListOf a) {
            op = Op.APPEND_TO_LIST;
            element = a.element().join(r);
        } else {
            op = Op.PREPEND_TO_LIST;
            element = ((CypherType.ListOf) r).element().join(l);
        }
        if (element.isMixed()) {
            Expr l2 = op == Op.PREPEND_TO_LIST ? MixedValues.toAny(left) : MixedValues.toAnyList(left, "  left");
            Expr r2 = op == Op.APPEND_TO_LIST ? MixedValues.toAny(right) : MixedValues.toAnyList(right, "  right");
            return new Binary(op, l2, r2, CypherType.listOf(CypherType.ANY));
        }
        if (element.isMap() || element == CypherType.PATH) {
            throw new UnsupportedFeature("List concatenation giving a list of " + element.displayName() + " values", span);
        }
        return new Binary(op, left, right, CypherType.listOf(element));
    }

    private Expr arithmetic(Op op, Expr left, Expr right, Span span) {
        CypherType l = left.type();
        CypherType r = right.type();
        if (l == CypherType.NULL || r == CypherType.NULL) {
            return Literal.ofNull();
        }
        if (l.isTemporal() || r.isTemporal()) {
            return TemporalOperators.arithmetic(op, left, right, span);
        }
        if (MixedValues.isAny(l) || MixedValues.isAny(r)) {
            String name = op == Op.INTEGER_DIVIDE ? "divide" : op.name().toLowerCase(java.util.Locale.ROOT);
            return MixedValues.call(name, List.of(left, right), CypherType.ANY);
        }
        requireKnown(l, r, null, span);
        requireNumber(l, span);
        requireNumber(r, span);
        if (l == CypherType.NUMBER || r == CypherType.NUMBER) {
            throw new UnsupportedFeature("Arithmetic on values that may be Integer or Float", span);
        }
        CypherType type = l == CypherType.INTEGER && r == CypherType.INTEGER ? CypherType.INTEGER : CypherType.FLOAT;
        return new Binary(op, left, right, type);
    }

    /** A comparison evaluated at run time with Cypher's rules across types. */
    private static Expr anyComparison(BinaryOperator operator, Expr left, Expr right) {
        return MixedValues.call(operator.name().toLowerCase(java.util.Locale.ROOT), List.of(left, right),
                CypherType.BOOLEAN);
    }

    /** Lists compare element by element (in the backend) when their element types compare without conversion. */
    private static boolean listsComparable(CypherType l, CypherType r) {
        if (l == CypherType.NULL || r == CypherType.NULL) {
            return true;
        }
        if (l instanceof CypherType.ListOf a && r instanceof CypherType.ListOf b) {
            return listsComparable(a.element(), b.element());
        }
        if (l.isNumeric() && r.isNumeric()) {
            return l != CypherType.NUMBER && r != CypherType.NUMBER;
        }
        return l.equals(r) && (l == CypherType.STRING || l == CypherType.BOOLEAN);
    }

    /**
     * Equality of two maps written in the query: different key sets are never equal; otherwise the
     * values compare key by key with three-valued logic.
     */
    private Expr mapEquality(Expr left, Expr right, Span span) {
        java.util.Map<String, Expr> a = mapEntries(left);
        java.util.Map<String, Expr> b = mapEntries(right);
        if (a == null || b == null) {
            return null;
        }
        if (!a.keySet().equals(b.keySet())) {
            return Literal.of(false);
        }
        Expr all = Literal.of(true);
        for (String key : a.keySet()) {
            Expr equal = binary(BinaryOperator.EQUALS, a.get(key), b.get(key), span);
            all = all instanceof Literal t && Boolean.TRUE.equals(t.value()) ? equal
                    : new Binary(Op.AND, all, equal, CypherType.BOOLEAN);
        }
        return all;
    }

    private static java.util.Map<String, Expr> mapEntries(Expr e) {
        java.util.Map<String, Expr> entries = new java.util.LinkedHashMap<>();
        if (e instanceof org.quiver.planner.expr.MapOf map) {
            for (int i = 0; i < map.keys().size(); i++) {
                entries.put(map.keys().get(i), map.values().get(i));
            }
            return entries;
        }
        if (e instanceof Literal l && l.value() instanceof java.util.Map<?, ?> values) {
            values.forEach((k, v) -> entries.put((String) k, literalOf(v)));
            return entries;
        }
        return null;
    }

    private static Expr literalOf(Object value) {
        return ParameterValues.literal(value, "map value", Span.NONE);
    }

    /** Whether values of the two types can ever be equal (numbers compare across Integer and Float). */
    private static boolean mayCompare(CypherType l, CypherType r) {
        if (l == CypherType.NULL || r == CypherType.NULL || l == CypherType.ANY || r == CypherType.ANY) {
            return true;
        }
        if (l.isNumeric() && r.isNumeric()) {
            return true;
        }
        if (l instanceof CypherType.ListOf && r instanceof CypherType.ListOf) {
            return true;
        }
        if (l.isMap() && r.isMap()) {
            return true;
        }
        return l.equals(r);
    }

    /** {@code null} when either side is null, else {@code value}. */
    private static Expr nullOr(Expr left, Expr right, Literal value) {
        Expr eitherNull = new Binary(Op.OR, new NullCheck(left, false), new NullCheck(right, false), CypherType.BOOLEAN);
        return new CaseWhen(List.of(eitherNull), List.of(Literal.ofNull()), value, CypherType.BOOLEAN);
    }

    private static boolean isStringOrNull(CypherType t) {
        return t == CypherType.STRING || t == CypherType.NULL;
    }

    private static void requireBoolean(Expr e, BinaryOperator operator, Span span) {
        CypherType t = e.type();
        if (t != CypherType.BOOLEAN && t != CypherType.NULL && t != CypherType.ANY) {
            throw typeMismatch("Boolean", t, span);
        }
    }

    private static void requireNumber(CypherType t, Span span) {
        if (!t.isNumeric()) {
            throw typeMismatch("Integer or Float", t, span);
        }
    }

    private static void requireKnown(CypherType l, CypherType r, BinaryOperator operator, Span span) {
        if (l == CypherType.ANY || r == CypherType.ANY) {
            throw new UnsupportedFeature("An operator on values whose type is only known at run time", span);
        }
    }

    private static SyntaxError typeMismatch(String expected, CypherType actual, Span span) {
        return new SyntaxError("InvalidArgumentType",
                "Type mismatch: expected " + expected + " but was " + actual.displayName(), span);
    }
}
