package org.quiver.parser.ast;

/** One statement a user sends: a query, or a command on the graph catalog. */
public sealed interface Statement extends AstNode permits Query, CreateGraph, CreateView, DropGraph {
}
