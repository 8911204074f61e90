package org.quiver.parser.ast;

/** One statement a user sends: today a query, later also catalog statements. */
public sealed interface Statement extends AstNode permits Query {
}
