package org.quiver.parser;

import java.util.ArrayList;
import java.util.List;
import org.quiver.parser.CypherParser.PropertyExpressionContext;
import org.quiver.parser.ast.Clause;
import org.quiver.parser.ast.Create;
import org.quiver.parser.ast.Delete;
import org.quiver.parser.ast.Expression;
import org.quiver.parser.ast.Foreach;
import org.quiver.parser.ast.GraphName;
import org.quiver.parser.ast.Match;
import org.quiver.parser.ast.Merge;
import org.quiver.parser.ast.MergeAction;
import org.quiver.parser.ast.PropertyAccess;
import org.quiver.parser.ast.Remove;
import org.quiver.parser.ast.RemoveItem;
import org.quiver.parser.ast.Return;
import org.quiver.parser.ast.SetClause;
import org.quiver.parser.ast.SetItem;
import org.quiver.parser.ast.Unwind;
import org.quiver.parser.ast.With;

/**
 * Builds clauses: reading, projecting and updating ones here; CALL and the multiple-graph clauses in
 * {@link CallClauseBuilder} and {@link GraphClauseBuilder}.
 */
final class ClauseBuilder extends CypherBaseVisitor<Clause> {
    private final SourceText source;
    private final ExpressionBuilder expressions;
    private final PatternBuilder patterns;
    private final ProjectionBuilder projections;
    private final CallClauseBuilder calls;
    private final GraphClauseBuilder graphs;

    ClauseBuilder(SourceText source, QueryBuilder queries) {
        this.source = source;
        this.expressions = new ExpressionBuilder(source, queries);
        this.patterns = expressions.patterns();
        this.projections = new ProjectionBuilder(source, expressions);
        this.calls = new CallClauseBuilder(source, expressions, queries);
        this.graphs = new GraphClauseBuilder(source, this, expressions);
    }

    ExpressionBuilder expressions() {
        return expressions;
    }

    GraphName graphName(CypherParser.GraphNameContext ctx) {
        return graphs.graphName(ctx);
    }

    Clause clause(CypherParser.ClauseContext ctx) {
        return ctx.getChild(0).accept(this);
    }

    @Override
    public Clause visitUpdatingClause(CypherParser.UpdatingClauseContext ctx) {
        return ctx.getChild(0).accept(this);
    }

    @Override
    public Clause visitForeachClause(CypherParser.ForeachClauseContext ctx) {
        List<Clause> body = new ArrayList<>();
        ctx.updatingClause().forEach(clause -> body.add(clause.accept(this)));
        return new Foreach(expressions.atoms().variable(ctx.variable()), expressions.expression(ctx.expression()),
                body, source.of(ctx));
    }

    @Override
    public Clause visitCallSubqueryClause(CypherParser.CallSubqueryClauseContext ctx) {
        return calls.subquery(ctx);
    }

    @Override
    public Clause visitCallProcedureClause(CypherParser.CallProcedureClauseContext ctx) {
        return calls.procedure(ctx);
    }

    @Override
    public Clause visitFromGraphClause(CypherParser.FromGraphClauseContext ctx) {
        return graphs.from(ctx);
    }

    @Override
    public Clause visitUseGraphClause(CypherParser.UseGraphClauseContext ctx) {
        return graphs.use(ctx);
    }

    @Override
    public Clause visitConstructClause(CypherParser.ConstructClauseContext ctx) {
        return graphs.construct(ctx);
    }

    @Override
    public Clause visitReturnGraphClause(CypherParser.ReturnGraphClauseContext ctx) {
        return graphs.returnGraph(ctx);
    }

    @Override
    public Clause visitMatchClause(CypherParser.MatchClauseContext ctx) {
        return new Match(ctx.OPTIONAL() != null, patterns.pattern(ctx.pattern()), patterns.where(ctx.whereClause()),
                source.of(ctx));
    }

    @Override
    public Clause visitUnwindClause(CypherParser.UnwindClauseContext ctx) {
        return new Unwind(expressions.expression(ctx.expression()), expressions.atoms().variable(ctx.variable()),
                source.of(ctx));
    }

    @Override
    public Clause visitWithClause(CypherParser.WithClauseContext ctx) {
        return new With(projections.projection(ctx.projectionBody()), patterns.where(ctx.whereClause()),
                source.of(ctx));
    }

    @Override
    public Clause visitReturnClause(CypherParser.ReturnClauseContext ctx) {
        return new Return(projections.projection(ctx.projectionBody()), source.of(ctx));
    }

    @Override
    public Clause visitCreateClause(CypherParser.CreateClauseContext ctx) {
        return new Create(patterns.pattern(ctx.pattern()), source.of(ctx));
    }

    @Override
    public Clause visitMergeClause(CypherParser.MergeClauseContext ctx) {
        List<MergeAction> actions = new ArrayList<>();
        for (var action : ctx.mergeAction()) {
            actions.add(new MergeAction(action.CREATE() != null, set(action.setClause()), source.of(action)));
        }
        return new Merge(patterns.part(ctx.patternPart()), actions, source.of(ctx));
    }

    @Override
    public Clause visitSetClause(CypherParser.SetClauseContext ctx) {
        return set(ctx);
    }

    private SetClause set(CypherParser.SetClauseContext ctx) {
        List<SetItem> items = new ArrayList<>();
        for (var item : ctx.setItem()) {
            items.add(setItem(item));
        }
        return new SetClause(items, source.of(ctx));
    }

    private SetItem setItem(CypherParser.SetItemContext item) {
        var span = source.of(item);
        if (item instanceof CypherParser.SetPropertyItemContext set) {
            return new SetItem.SetProperty(property(set.propertyExpression()), expressions.expression(set.expression()),
                    span);
        }
        if (item instanceof CypherParser.ReplacePropertiesItemContext set) {
            return new SetItem.SetProperties(expressions.atoms().variable(set.variable()),
                    expressions.expression(set.expression()), false, span);
        }
        if (item instanceof CypherParser.MergePropertiesItemContext set) {
            return new SetItem.SetProperties(expressions.atoms().variable(set.variable()),
                    expressions.expression(set.expression()), true, span);
        }
        var set = (CypherParser.SetLabelsItemContext) item;
        return new SetItem.SetLabels(expressions.atoms().variable(set.variable()), labels(set.nodeLabels()), span);
    }

    @Override
    public Clause visitRemoveClause(CypherParser.RemoveClauseContext ctx) {
        List<RemoveItem> items = new ArrayList<>();
        for (var item : ctx.removeItem()) {
            if (item instanceof CypherParser.RemoveLabelsItemContext remove) {
                items.add(new RemoveItem.RemoveLabels(expressions.atoms().variable(remove.variable()),
                        labels(remove.nodeLabels()), source.of(item)));
            } else {
                var remove = (CypherParser.RemovePropertyItemContext) item;
                items.add(new RemoveItem.RemoveProperty(property(remove.propertyExpression()), source.of(item)));
            }
        }
        return new Remove(items, source.of(ctx));
    }

    @Override
    public Clause visitDeleteClause(CypherParser.DeleteClauseContext ctx) {
        List<Expression> targets = new ArrayList<>();
        ctx.expression().forEach(target -> targets.add(expressions.expression(target)));
        return new Delete(ctx.DETACH() != null, targets, source.of(ctx));
    }

    private PropertyAccess property(PropertyExpressionContext ctx) {
        Expression subject = expressions.atoms().atom(ctx.atom());
        for (var key : ctx.propertyKeyName()) {
            subject = new PropertyAccess(subject, Names.of(key), source.between(ctx, key));
        }
        return (PropertyAccess) subject;
    }

    private static List<String> labels(CypherParser.NodeLabelsContext ctx) {
        List<String> labels = new ArrayList<>();
        ctx.labelName().forEach(label -> labels.add(Names.of(label)));
        return labels;
    }
}
