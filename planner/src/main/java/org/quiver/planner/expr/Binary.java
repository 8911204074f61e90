package org.quiver.planner.expr;

import java.util.List;
import java.util.Objects;
import org.quiver.planner.types.CypherType;

/** A binary operator whose meaning is fixed by analysis (e.g. {@code +} resolved to concatenation). */
public record Binary(Op op, Expr left, Expr right, CypherType type) implements Expr {
    public Binary {
        Objects.requireNonNull(op, "op");
        Objects.requireNonNull(left, "left");
        Objects.requireNonNull(right, "right");
        Objects.requireNonNull(type, "type");
    }

    public enum Op {
        AND, OR, XOR,
        EQUALS, NOT_EQUALS, LESS_THAN, LESS_THAN_OR_EQUAL, GREATER_THAN, GREATER_THAN_OR_EQUAL,
        STARTS_WITH, ENDS_WITH, CONTAINS, REGEX_MATCH, IN,
        ADD, SUBTRACT, MULTIPLY, DIVIDE, INTEGER_DIVIDE, MODULO, POWER,
        CONCAT_STRINGS, CONCAT_LISTS, APPEND_TO_LIST, PREPEND_TO_LIST
    }

    public List<Expr> children() {
        return List.of(left, right);
    }

    public Expr withChildren(List<Expr> children) {
        return new Binary(op, children.get(0), children.get(1), type);
    }
}
