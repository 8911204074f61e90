package org.quiver.anyvalue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An expression of the property test over one variable {@code x}: how it is written in Cypher and
 * what {@link ReferenceSemantics} says it evaluates to. {@link #mayFail()} tells whether it can
 * raise a run-time error: those are kept out of AND/OR/XOR, whose operands Neo4j and Spark may
 * evaluate lazily in different orders.
 */
sealed interface GeneratedExpression {
    String cypher();

    Object eval(Object x);

    boolean mayFail();

    /** The variable {@code x}. */
    record X() implements GeneratedExpression {
        public String cypher() {
            return "x";
        }

        public Object eval(Object x) {
            return x;
        }

        public boolean mayFail() {
            return false;
        }
    }

    record Constant(Object value) implements GeneratedExpression {
        public String cypher() {
            return literal(value);
        }

        public Object eval(Object x) {
            return value;
        }

        public boolean mayFail() {
            return false;
        }
    }

    /** {@code [a, b, …]}. */
    record ListOf(List<GeneratedExpression> elements) implements GeneratedExpression {
        public String cypher() {
            return "[" + String.join(", ", elements.stream().map(GeneratedExpression::cypher).toList()) + "]";
        }

        public Object eval(Object x) {
            List<Object> out = new ArrayList<>();
            for (GeneratedExpression e : elements) {
                out.add(e.eval(x));
            }
            return out;
        }

        public boolean mayFail() {
            return elements.stream().anyMatch(GeneratedExpression::mayFail);
        }
    }

    /** {@code =, <>, <, <=, >, >=}. */
    record Comparison(String op, GeneratedExpression left, GeneratedExpression right) implements GeneratedExpression {
        public String cypher() {
            return "(" + left.cypher() + " " + op + " " + right.cypher() + ")";
        }

        public Object eval(Object x) {
            Object l = left.eval(x);
            Object r = right.eval(x);
            return switch (op) {
                case "=" -> ReferenceSemantics.equal(l, r);
                case "<>" -> ReferenceSemantics.not(ReferenceSemantics.equal(l, r));
                default -> ReferenceSemantics.compare(op, l, r);
            };
        }

        public boolean mayFail() {
            return left.mayFail() || right.mayFail();
        }
    }

    record In(GeneratedExpression element, ListOf list) implements GeneratedExpression {
        public String cypher() {
            return "(" + element.cypher() + " IN " + list.cypher() + ")";
        }

        public Object eval(Object x) {
            return ReferenceSemantics.in(element.eval(x), list.eval(x));
        }

        public boolean mayFail() {
            return element.mayFail() || list.mayFail();
        }
    }

    record IsNull(GeneratedExpression operand, boolean negated) implements GeneratedExpression {
        public String cypher() {
            return "(" + operand.cypher() + (negated ? " IS NOT NULL)" : " IS NULL)");
        }

        public Object eval(Object x) {
            return (operand.eval(x) == null) != negated;
        }

        public boolean mayFail() {
            return operand.mayFail();
        }
    }

    /** AND, OR, XOR over operands that cannot fail. */
    record Logic(String op, GeneratedExpression left, GeneratedExpression right) implements GeneratedExpression {
        public String cypher() {
            return "(" + left.cypher() + " " + op + " " + right.cypher() + ")";
        }

        public Object eval(Object x) {
            Boolean l = ReferenceSemantics.truth(left.eval(x));
            Boolean r = ReferenceSemantics.truth(right.eval(x));
            return switch (op) {
                case "AND" -> ReferenceSemantics.and(l, r);
                case "OR" -> ReferenceSemantics.or(l, r);
                default -> ReferenceSemantics.xor(l, r);
            };
        }

        public boolean mayFail() {
            return false;
        }
    }

    /** NOT, also of x itself: a value that is not a boolean fails. */
    record Not(GeneratedExpression operand) implements GeneratedExpression {
        public String cypher() {
            return "(NOT " + operand.cypher() + ")";
        }

        public Object eval(Object x) {
            return ReferenceSemantics.not(ReferenceSemantics.truth(operand.eval(x)));
        }

        public boolean mayFail() {
            return true;
        }
    }

    /** toString, toInteger, toFloat, toBoolean (and their OrNull forms) and size of x. */
    record Conversion(String function, GeneratedExpression operand) implements GeneratedExpression {
        public String cypher() {
            return function + "(" + operand.cypher() + ")";
        }

        public Object eval(Object x) {
            return ReferenceSemantics.convert(function, operand.eval(x));
        }

        public boolean mayFail() {
            return !function.endsWith("OrNull") || operand.mayFail();
        }
    }

    /** {@code + - * / %} of two operands. */
    record Arithmetic(String op, GeneratedExpression left, GeneratedExpression right) implements GeneratedExpression {
        public String cypher() {
            return "(" + left.cypher() + " " + op + " " + right.cypher() + ")";
        }

        public Object eval(Object x) {
            return ReferenceSemantics.arithmetic(op, left.eval(x), right.eval(x));
        }

        public boolean mayFail() {
            return true;
        }
    }

    /** A value as a Cypher literal. */
    static String literal(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof String s) {
            return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
        }
        if (value instanceof List<?> list) {
            return "[" + String.join(", ", list.stream().map(GeneratedExpression::literal).toList()) + "]";
        }
        if (value instanceof Map<?, ?> map) {
            List<String> entries = new ArrayList<>();
            map.forEach((k, v) -> entries.add(k + ": " + literal(v)));
            return "{" + String.join(", ", entries) + "}";
        }
        return String.valueOf(value);
    }
}
