package org.quiver.planner.procedure;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The procedures a query may call, by qualified name. Immutable: {@link #with} returns a new catalog. */
public final class ProcedureCatalog {
    public static final ProcedureCatalog EMPTY = new ProcedureCatalog(Map.of());

    private final Map<String, Procedure> byName;

    private ProcedureCatalog(Map<String, Procedure> byName) {
        this.byName = Map.copyOf(byName);
    }

    /** This catalog with {@code procedure} added, replacing one of the same name. */
    public ProcedureCatalog with(Procedure procedure) {
        Map<String, Procedure> copy = new LinkedHashMap<>(byName);
        copy.put(procedure.signature().name(), procedure);
        return new ProcedureCatalog(copy);
    }

    public Optional<Procedure> find(String qualifiedName) {
        return Optional.ofNullable(byName.get(qualifiedName));
    }
}
