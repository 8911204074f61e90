package org.quiver.planner.expr;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.quiver.planner.types.CypherType;

/** A relationship as a value (relational plans only), like {@link NodeValue}. */
public record RelationshipValue(Expr id, Expr relType, Expr source, Expr target, List<String> keys, List<Expr> properties)
        implements Expr {
    public RelationshipValue {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(relType, "relType");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        keys = List.copyOf(keys);
        properties = List.copyOf(properties);
    }

    public CypherType type() {
        return CypherType.RELATIONSHIP;
    }

    public List<Expr> children() {
        List<Expr> all = new ArrayList<>(List.of(id, relType, source, target));
        all.addAll(properties);
        return all;
    }

    public Expr withChildren(List<Expr> children) {
        return new RelationshipValue(children.get(0), children.get(1), children.get(2), children.get(3), keys,
                children.subList(4, children.size()));
    }
}
