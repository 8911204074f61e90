package org.quiver.parser;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.quiver.parser.ast.CallProcedure;
import org.quiver.parser.ast.CallSubquery;
import org.quiver.parser.ast.Expression;
import org.quiver.parser.ast.Variable;
import org.quiver.parser.ast.YieldItem;
import org.quiver.parser.error.UnsupportedFeature;

/** Builds the CALL clauses: subqueries and procedure calls. */
final class CallClauseBuilder {
    private final SourceText source;
    private final ExpressionBuilder expressions;
    private final QueryBuilder queries;

    CallClauseBuilder(SourceText source, ExpressionBuilder expressions, QueryBuilder queries) {
        this.source = source;
        this.expressions = expressions;
        this.queries = queries;
    }

    CallSubquery subquery(CypherParser.CallSubqueryClauseContext ctx) {
        if (ctx.inTransactions != null) {
            if (!Names.of(ctx.inTransactions).equalsIgnoreCase("TRANSACTIONS")) {
                throw source.error("UnexpectedSyntax", "Invalid input '" + Names.of(ctx.inTransactions)
                        + "': expected TRANSACTIONS after CALL { … } IN", source.of(ctx.inTransactions));
            }
            throw new UnsupportedFeature("CALL { … } IN TRANSACTIONS", source.of(ctx));
        }
        var scope = ctx.callScope();
        if (scope == null) {
            return new CallSubquery(queries.nested(ctx.query()), source.of(ctx));
        }
        List<Variable> imported = new ArrayList<>();
        scope.variable().forEach(v -> imported.add(expressions.atoms().variable(v)));
        return new CallSubquery(Optional.of(imported), scope.STAR() != null, queries.nested(ctx.query()),
                source.of(ctx));
    }

    /** Without parentheses the call has no argument list at all, which differs from {@code ()}. */
    CallProcedure procedure(CypherParser.CallProcedureClauseContext ctx) {
        var name = ctx.procedureName();
        List<String> parts = new ArrayList<>();
        parts.add(Names.of(name.symbolicName()));
        name.schemaName().forEach(part -> parts.add(Names.of(part)));
        String simpleName = parts.remove(parts.size() - 1);

        Optional<List<Expression>> arguments = Optional.empty();
        if (ctx.LPAREN() != null) {
            List<Expression> built = new ArrayList<>();
            ctx.expression().forEach(argument -> built.add(expressions.expression(argument)));
            arguments = Optional.of(built);
        }
        var yield = ctx.yieldClause();
        List<YieldItem> items = new ArrayList<>();
        Optional<Expression> where = Optional.empty();
        if (yield != null) {
            for (var item : yield.yieldItem()) {
                items.add(new YieldItem(Names.of(item.field), expressions.atoms().optionalVariable(item.variable()),
                        source.of(item)));
            }
            where = expressions.patterns().where(yield.whereClause());
        }
        return new CallProcedure(String.join(".", parts), simpleName, arguments, yield != null && yield.STAR() != null,
                items, where, source.of(ctx));
    }
}
