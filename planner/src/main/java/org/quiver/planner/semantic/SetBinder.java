package org.quiver.planner.semantic;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.quiver.parser.ast.Remove;
import org.quiver.parser.ast.SetClause;
import org.quiver.planner.expr.NamedExpr;
import org.quiver.planner.schema.GraphSchema;
import org.quiver.planner.update.EntityUpdate;
import org.quiver.planner.update.SetAction;
import org.quiver.planner.update.UpdateAction;

/** Binds one {@code SET} or {@code REMOVE} clause. */
final class SetBinder implements UpdateBinder {
    private final BindContext context;
    private final List<NamedExpr> values = new ArrayList<>();
    private final Set<String> relationshipTargets = new LinkedHashSet<>();
    private final SetItemsBinder items;
    private final List<EntityUpdate> updates;
    private final String clauseName;
    private Scope scope;

    SetBinder(BindContext context, Scope scope, SetClause set) {
        this.context = context;
        this.scope = scope;
        this.items = new SetItemsBinder(context, scope, scope, values, relationshipTargets);
        this.updates = items.set(set.items());
        this.clauseName = "SET";
    }

    SetBinder(BindContext context, Scope scope, Remove remove) {
        this.context = context;
        this.items = new SetItemsBinder(context, scope, scope, values, relationshipTargets);
        this.updates = items.remove(remove.items());
        this.clauseName = "REMOVE";
        // Labels a node surely had may be gone after REMOVE.
        Scope after = Scope.EMPTY;
        for (Map.Entry<String, VariableInfo> v : scope.variables().entrySet()) {
            VariableInfo info = v.getValue();
            after = after.with(v.getKey(), info.type() == org.quiver.planner.types.CypherType.NODE
                    ? new VariableInfo(info.type(), Set.of(), info.named()) : info);
        }
        this.scope = after;
    }

    public Scope scope() {
        return scope;
    }

    public List<NamedExpr> values() {
        return values;
    }

    public UpdateAction action() {
        return new SetAction(clauseName, updates, relationshipTargets);
    }

    public GraphSchema schemaAfter() {
        return items.schemaAfter(context.schema());
    }
}
