package org.quiver.planner.semantic;

import java.util.List;
import org.quiver.planner.expr.NamedExpr;
import org.quiver.planner.schema.GraphSchema;
import org.quiver.planner.update.UpdateAction;

/** Binds the update that ends a statement part; {@link QueryBinder} turns it into a {@link Segment}. */
interface UpdateBinder {
    /** The variables visible after the update (what the next part starts with). */
    Scope scope();

    /** The expressions over the input row the action reads, besides the carried variables. */
    List<NamedExpr> values();

    UpdateAction action();

    /** The schema after the update, as far as analysis can tell: where later clauses look up property types. */
    GraphSchema schemaAfter();

    /** The named paths the update binds ({@code CREATE p = …}), over variables it hands over. */
    default java.util.Map<String, org.quiver.planner.expr.PathOf> paths() {
        return java.util.Map.of();
    }
}
