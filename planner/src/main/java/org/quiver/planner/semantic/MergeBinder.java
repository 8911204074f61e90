package org.quiver.planner.semantic;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.quiver.parser.ast.Create;
import org.quiver.parser.ast.Merge;
import org.quiver.parser.ast.MergeAction;
import org.quiver.parser.ast.Pattern;
import org.quiver.planner.expr.NamedExpr;
import org.quiver.planner.schema.GraphSchema;
import org.quiver.planner.update.EntityUpdate;
import org.quiver.planner.update.UpdateAction;

/**
 * Binds {@code MERGE}: its pattern as CREATE would create it (with MERGE's rules), then the
 * {@code ON CREATE SET} and {@code ON MATCH SET} items over the variables the pattern binds.
 */
final class MergeBinder implements UpdateBinder {
    private final CreateBinder pattern;
    private final SetItemsBinder items;
    private final List<NamedExpr> values = new ArrayList<>();
    private final Set<String> relationshipTargets = new LinkedHashSet<>();
    private final List<EntityUpdate> onCreate = new ArrayList<>();
    private final List<EntityUpdate> onMatch = new ArrayList<>();

    MergeBinder(BindContext context, Scope scope, Merge merge) {
        pattern = new CreateBinder(context, scope, true);
        pattern.bind(new Create(new Pattern(List.of(merge.pattern()), merge.pattern().span()), merge.span()));
        values.addAll(pattern.values());
        items = new SetItemsBinder(context, scope, pattern.scope(), values, relationshipTargets);
        for (MergeAction action : merge.actions()) {
            (action.onCreate() ? onCreate : onMatch).addAll(items.set(action.set().items()));
        }
    }

    public Scope scope() {
        return pattern.scope();
    }

    public List<NamedExpr> values() {
        return values;
    }

    public UpdateAction action() {
        return new org.quiver.planner.update.MergeAction(pattern.action(), pattern.undirected(), onCreate, onMatch,
                relationshipTargets);
    }

    public java.util.Map<String, org.quiver.planner.expr.PathOf> paths() {
        return pattern.paths();
    }

    public GraphSchema schemaAfter() {
        return items.schemaAfter(pattern.schemaAfter());
    }
}
