package org.quiver.parser.ast;

import java.util.Objects;

/**
 * Labels on a node or types on a relationship: {@code :A:B} is {@code And(A, B)}, {@code :A|B} is
 * {@code Or(A, B)}, {@code :!A} is {@code Not(A)}, {@code :%} is {@link Wildcard}.
 */
public sealed interface LabelExpression extends AstNode {

    record Name(String name, Span span) implements LabelExpression {
        public Name {
            Objects.requireNonNull(name, "name");
        }
    }

    record And(LabelExpression left, LabelExpression right, Span span) implements LabelExpression {
        public And {
            Objects.requireNonNull(left, "left");
            Objects.requireNonNull(right, "right");
        }
    }

    record Or(LabelExpression left, LabelExpression right, Span span) implements LabelExpression {
        public Or {
            Objects.requireNonNull(left, "left");
            Objects.requireNonNull(right, "right");
        }
    }

    record Not(LabelExpression operand, Span span) implements LabelExpression {
        public Not {
            Objects.requireNonNull(operand, "operand");
        }
    }

    record Wildcard(Span span) implements LabelExpression {
    }
}
