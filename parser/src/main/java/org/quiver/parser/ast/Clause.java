package org.quiver.parser.ast;

/** A reading, projecting or updating clause. */
public sealed interface Clause extends AstNode
        permits Match, Unwind, With, Return, Create, Merge, SetClause, Remove, Delete {
}
