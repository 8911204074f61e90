package org.quiver.planner.semantic;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.quiver.planner.expr.AggregateCall;
import org.quiver.planner.expr.CaseWhen;
import org.quiver.planner.expr.Expr;
import org.quiver.planner.expr.Literal;
import org.quiver.planner.expr.NamedExpr;
import org.quiver.planner.expr.NullCheck;
import org.quiver.planner.expr.VariableRef;
import org.quiver.planner.types.CypherType;

/**
 * The hidden variables a {@code CALL { … }} body carries through every projection: the values it
 * imported, one key per imported variable. A subquery runs once per outer row, so its
 * aggregations group by them, its DISTINCT keeps them apart and its SKIP/LIMIT count per key; the
 * rows it returns are joined back to the outer rows on them.
 */
record SubqueryKeys(Map<String, VariableInfo> keys) {
    static final SubqueryKeys NONE = new SubqueryKeys(Map.of());

    SubqueryKeys {
        keys = Collections.unmodifiableMap(new LinkedHashMap<>(keys));
    }

    boolean isEmpty() {
        return keys.isEmpty();
    }

    boolean contains(String name) {
        return keys.containsKey(name);
    }

    List<String> names() {
        return List.copyOf(keys.keySet());
    }

    /** Each key passed on unchanged, as a projection item. */
    List<NamedExpr> references() {
        List<NamedExpr> items = new ArrayList<>();
        keys.forEach((name, info) -> items.add(new NamedExpr(name, new VariableRef(name, info.type()))));
        return items;
    }

    /** {@code scope} with the keys added, hidden from {@code *}. */
    Scope addTo(Scope scope) {
        Scope with = scope;
        for (Map.Entry<String, VariableInfo> key : keys.entrySet()) {
            with = with.with(key.getKey(), key.getValue());
        }
        return with;
    }

    /**
     * The aggregation over the rows where {@code marker} is set ({@link
     * org.quiver.planner.logical.PadMissingKeys}): its argument is null elsewhere, which every
     * aggregation skips; {@code count(*)} counts the markers.
     */
    static AggregateCall onlyWhereMarked(AggregateCall call, String marker) {
        VariableRef mark = new VariableRef(marker, CypherType.BOOLEAN);
        if (call.function() == AggregateCall.Function.COUNT && call.argument().isPresent()
                && call.argument().get() instanceof VariableRef ref && ref.type().isEntity()) {
            // Counting an entity counts its id: no need to build the whole node value.
            call = new AggregateCall(call.function(), call.distinct(), Optional.of(
                    new org.quiver.planner.expr.ScalarCall("id", List.of(ref), CypherType.INTEGER)), call.type());
        }
        Expr argument = call.argument().<Expr>map(a -> new CaseWhen(List.of(new NullCheck(mark, true)), List.of(a),
                new Literal(null, a.type()), a.type())).orElse(mark);
        return new AggregateCall(call.function(), call.distinct(), Optional.of(argument), call.type(),
                call.percentile());
    }
}
