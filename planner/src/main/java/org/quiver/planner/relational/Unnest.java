package org.quiver.planner.relational;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.quiver.planner.expr.Expr;
import org.quiver.planner.types.CypherType;

/** Each input row once per element of the list {@code list}, the element in {@code column}. */
public record Unnest(RelOp input, Expr list, String column, CypherType elementType) implements RelOp {
    public Unnest {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(list, "list");
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(elementType, "elementType");
    }

    public List<RelColumn> columns() {
        List<RelColumn> columns = new ArrayList<>(input.columns());
        columns.add(new RelColumn(column, elementType));
        return columns;
    }

    public List<RelOp> children() {
        return List.of(input);
    }
}
