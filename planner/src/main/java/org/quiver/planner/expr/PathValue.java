package org.quiver.planner.expr;

import java.util.List;
import java.util.Objects;
import org.quiver.planner.types.CypherType;

/**
 * A path as a value (relational plans only): its nodes and its relationships, each a list of
 * entity values in path order, one node more than relationships.
 */
public record PathValue(Expr nodes, Expr relationships) implements Expr {
    public PathValue {
        Objects.requireNonNull(nodes, "nodes");
        Objects.requireNonNull(relationships, "relationships");
    }

    public CypherType type() {
        return CypherType.PATH;
    }

    public List<Expr> children() {
        return List.of(nodes, relationships);
    }

    public Expr withChildren(List<Expr> children) {
        return new PathValue(children.get(0), children.get(1));
    }
}
