package org.quiver.planner.relational;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.quiver.planner.types.CypherType;

/**
 * The rows of {@code left}, each with a boolean {@code flag}: whether {@code right} has a row whose
 * {@code keys} equal it (null-safely, as they identify rows).
 */
public record FlagMatches(RelOp left, RelOp right, List<JoinKey> keys, String flag) implements RelOp {
    public FlagMatches {
        Objects.requireNonNull(left, "left");
        Objects.requireNonNull(right, "right");
        keys = List.copyOf(keys);
        Objects.requireNonNull(flag, "flag");
    }

    public List<RelColumn> columns() {
        List<RelColumn> columns = new ArrayList<>(left.columns());
        columns.add(new RelColumn(flag, CypherType.BOOLEAN));
        return columns;
    }

    public List<RelOp> children() {
        return List.of(left, right);
    }
}
