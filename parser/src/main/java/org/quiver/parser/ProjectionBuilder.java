package org.quiver.parser;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.quiver.parser.CypherParser.ProjectionBodyContext;
import org.quiver.parser.ast.Expression;
import org.quiver.parser.ast.Projection;
import org.quiver.parser.ast.ProjectionItem;
import org.quiver.parser.ast.SortItem;

/** Builds the projection shared by WITH and RETURN. */
final class ProjectionBuilder {
    private final SourceText source;
    private final ExpressionBuilder expressions;

    ProjectionBuilder(SourceText source, ExpressionBuilder expressions) {
        this.source = source;
        this.expressions = expressions;
    }

    Projection projection(ProjectionBodyContext ctx) {
        var itemsCtx = ctx.projectionItems();
        List<ProjectionItem> items = new ArrayList<>();
        for (var item : itemsCtx.projectionItem()) {
            // The item's span is its expression's, without the alias: an unaliased column is named
            // by exactly the text the user wrote.
            items.add(new ProjectionItem(expressions.expression(item.expression()),
                    expressions.atoms().optionalVariable(item.variable()), source.of(item.expression())));
        }
        List<SortItem> orderBy = new ArrayList<>();
        if (ctx.orderClause() != null) {
            for (var sort : ctx.orderClause().sortItem()) {
                boolean descending = sort.DESC() != null || sort.DESCENDING() != null;
                orderBy.add(new SortItem(expressions.expression(sort.expression()), descending, source.of(sort)));
            }
        }
        Optional<Expression> skip = ctx.skipClause() == null
                ? Optional.empty() : Optional.of(expressions.expression(ctx.skipClause().expression()));
        Optional<Expression> limit = ctx.limitClause() == null
                ? Optional.empty() : Optional.of(expressions.expression(ctx.limitClause().expression()));
        return new Projection(ctx.DISTINCT() != null, itemsCtx.STAR() != null, items, orderBy, skip, limit,
                source.of(ctx));
    }
}
