package org.quiver.planner.semantic;

import java.util.ArrayList;
import java.util.List;
import org.quiver.parser.ast.Delete;
import org.quiver.parser.ast.Expression;
import org.quiver.parser.ast.HasLabels;
import org.quiver.parser.error.SyntaxError;
import org.quiver.planner.expr.Expr;
import org.quiver.planner.expr.NamedExpr;
import org.quiver.planner.schema.GraphSchema;
import org.quiver.planner.types.CypherType;
import org.quiver.planner.update.DeleteAction;
import org.quiver.planner.update.UpdateAction;

/**
 * Binds {@code [DETACH] DELETE}: each expression must give nodes, relationships or paths (or lists
 * and maps holding them, or null); its value, not just an id, goes to the action, which finds the
 * elements in it.
 */
final class DeleteBinder implements UpdateBinder {
    private final BindContext context;
    private final Scope scope;
    private final List<NamedExpr> values = new ArrayList<>();
    private final boolean detach;

    DeleteBinder(BindContext context, Scope scope, Delete delete) {
        this.context = context;
        this.scope = scope;
        this.detach = delete.detach();
        for (Expression e : delete.expressions()) {
            if (e instanceof HasLabels) {
                throw new SyntaxError("InvalidDelete", "DELETE takes nodes, relationships or paths, not labels or "
                        + "relationship types (use REMOVE)", e.span());
            }
            Expr bound = new ExpressionBinder(context, scope, false).bind(e);
            if (!deletable(bound.type())) {
                throw new SyntaxError("InvalidArgumentType", "Type mismatch: expected Node, Path or Relationship but was "
                        + bound.type().displayName(), e.span());
            }
            values.add(new NamedExpr(context.freshName("DELETED"), bound));
        }
    }

    /** Whether values of the type can hold something to delete; Any and maps may, and are checked when run. */
    private static boolean deletable(CypherType type) {
        if (type instanceof CypherType.ListOf list) {
            return deletable(list.element());
        }
        return type.isEntity() || type == CypherType.PATH || type == CypherType.NULL || type == CypherType.ANY
                || type.isMap();
    }

    public Scope scope() {
        return scope;
    }

    public List<NamedExpr> values() {
        return values;
    }

    public UpdateAction action() {
        return new DeleteAction(detach, values.stream().map(NamedExpr::name).toList());
    }

    public GraphSchema schemaAfter() {
        return context.schema();
    }
}
