package org.quiver.parser.ast;

/** Every node of the syntax tree knows where it was written. */
public interface AstNode {
    Span span();
}
