package org.quiver.planner.expr;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.quiver.planner.types.CypherType;

/** {@code list[from..to]}: from inclusive, to exclusive, negative bounds count from the end, out of range clamps. */
public record SliceOf(Expr list, Optional<Expr> from, Optional<Expr> to) implements Expr {
    public SliceOf {
        Objects.requireNonNull(list, "list");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }

    public CypherType type() {
        return list.type();
    }

    public List<Expr> children() {
        List<Expr> all = new ArrayList<>(List.of(list));
        from.ifPresent(all::add);
        to.ifPresent(all::add);
        return all;
    }

    public Expr withChildren(List<Expr> children) {
        int i = 1;
        Optional<Expr> newFrom = from.isPresent() ? Optional.of(children.get(i++)) : Optional.empty();
        Optional<Expr> newTo = to.isPresent() ? Optional.of(children.get(i)) : Optional.empty();
        return new SliceOf(children.get(0), newFrom, newTo);
    }
}
