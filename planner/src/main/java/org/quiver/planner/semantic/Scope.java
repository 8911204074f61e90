package org.quiver.planner.semantic;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The variables visible at a point of a query, in the order they were bound. Immutable. */
public final class Scope {
    public static final Scope EMPTY = new Scope(Map.of());

    private final Map<String, VariableInfo> variables;

    private Scope(Map<String, VariableInfo> variables) {
        this.variables = Collections.unmodifiableMap(new LinkedHashMap<>(variables));
    }

    public Optional<VariableInfo> lookup(String name) {
        return Optional.ofNullable(variables.get(name));
    }

    public boolean contains(String name) {
        return variables.containsKey(name);
    }

    public Scope with(String name, VariableInfo info) {
        Map<String, VariableInfo> copy = new LinkedHashMap<>(variables);
        copy.put(name, info);
        return new Scope(copy);
    }

    public Map<String, VariableInfo> variables() {
        return variables;
    }
}
