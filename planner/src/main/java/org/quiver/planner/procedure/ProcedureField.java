package org.quiver.planner.procedure;

import java.util.Objects;
import org.quiver.planner.types.CypherType;

/** One argument or output of a procedure: {@code name :: TYPE?}. */
public record ProcedureField(String name, CypherType type) {
    public ProcedureField {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }

    @Override
    public String toString() {
        return name + " :: " + type.displayName();
    }
}
