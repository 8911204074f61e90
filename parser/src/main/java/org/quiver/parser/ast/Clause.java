package org.quiver.parser.ast;

/** A reading, projecting, updating, subquery or multiple-graph clause. */
public sealed interface Clause extends AstNode
        permits Match, Unwind, With, Return, Create, Merge, SetClause, Remove, Delete, Foreach, CallSubquery,
                CallProcedure, FromGraph, UseGraph, Construct, ReturnGraph {
}
