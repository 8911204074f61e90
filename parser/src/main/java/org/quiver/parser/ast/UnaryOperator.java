package org.quiver.parser.ast;

/** Prefix operators. */
public enum UnaryOperator {
    NOT, NEGATE, PLUS
}
