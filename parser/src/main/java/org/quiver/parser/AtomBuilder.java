package org.quiver.parser;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.antlr.v4.runtime.Token;
import org.quiver.parser.CypherParser.AtomContext;
import org.quiver.parser.CypherParser.ExpressionContext;
import org.quiver.parser.CypherParser.VariableContext;
import org.quiver.parser.ast.BooleanLiteral;
import org.quiver.parser.ast.CaseExpression;
import org.quiver.parser.ast.CollectSubquery;
import org.quiver.parser.ast.CountStar;
import org.quiver.parser.ast.CountSubquery;
import org.quiver.parser.ast.ExistsSubquery;
import org.quiver.parser.ast.Expression;
import org.quiver.parser.ast.FloatLiteral;
import org.quiver.parser.ast.FunctionCall;
import org.quiver.parser.ast.IntegerLiteral;
import org.quiver.parser.ast.ListComprehension;
import org.quiver.parser.ast.ListLiteral;
import org.quiver.parser.ast.MapLiteral;
import org.quiver.parser.ast.MapProjection;
import org.quiver.parser.ast.NullLiteral;
import org.quiver.parser.ast.Parameter;
import org.quiver.parser.ast.PatternComprehension;
import org.quiver.parser.ast.PatternExpression;
import org.quiver.parser.ast.PatternPart;
import org.quiver.parser.ast.Quantified;
import org.quiver.parser.ast.Reduce;
import org.quiver.parser.ast.ShortestPathExpression;
import org.quiver.parser.ast.StringLiteral;
import org.quiver.parser.ast.SubqueryBody;
import org.quiver.parser.ast.Variable;

/** Builds the operands of expressions: literals, parameters, calls, comprehensions and the like. */
final class AtomBuilder extends CypherBaseVisitor<Expression> {
    private final SourceText source;
    private final ExpressionBuilder expressions;
    private final PatternBuilder patterns;
    private final QueryBuilder queries;
    private final LiteralParser literals;

    AtomBuilder(SourceText source, ExpressionBuilder expressions, PatternBuilder patterns, QueryBuilder queries) {
        this.source = source;
        this.expressions = expressions;
        this.patterns = patterns;
        this.queries = queries;
        this.literals = new LiteralParser(source);
    }

    LiteralParser literals() {
        return literals;
    }

    Expression atom(AtomContext ctx) {
        return ctx.accept(this);
    }

    Variable variable(VariableContext ctx) {
        return new Variable(Names.of(ctx), source.of(ctx));
    }

    Optional<Variable> optionalVariable(VariableContext ctx) {
        return ctx == null ? Optional.empty() : Optional.of(variable(ctx));
    }

    Parameter parameter(CypherParser.ParameterContext ctx) {
        String name = ctx.schemaName() != null ? Names.of(ctx.schemaName()) : ctx.DECIMAL_INTEGER().getText();
        return new Parameter(name, source.of(ctx));
    }

    MapLiteral map(CypherParser.MapLiteralContext ctx) {
        List<MapLiteral.Entry> entries = new ArrayList<>();
        for (var entry : ctx.mapEntry()) {
            entries.add(new MapLiteral.Entry(Names.of(entry.propertyKeyName()), expression(entry.expression()),
                    source.of(entry)));
        }
        return new MapLiteral(entries, source.of(ctx));
    }

    private Expression expression(ExpressionContext ctx) {
        return expressions.expression(ctx);
    }

    private List<Expression> expressions(List<ExpressionContext> ctxs) {
        List<Expression> result = new ArrayList<>(ctxs.size());
        ctxs.forEach(ctx -> result.add(expression(ctx)));
        return result;
    }

    @Override
    public Expression visitLiteralAtom(CypherParser.LiteralAtomContext ctx) {
        return ctx.literal().accept(this);
    }

    @Override
    public Expression visitNumberAtom(CypherParser.NumberAtomContext ctx) {
        Token token = ctx.numberLiteral().getStart();
        if (token.getType() == CypherParser.FLOAT) {
            return new FloatLiteral(literals.floating(token), source.of(ctx));
        }
        BigInteger magnitude = literals.integerMagnitude(token);
        if (magnitude.bitLength() > 63) {
            throw literals.overflow(token);
        }
        return new IntegerLiteral(magnitude.longValue(), source.of(ctx));
    }

    @Override
    public Expression visitStringAtom(CypherParser.StringAtomContext ctx) {
        return new StringLiteral(literals.string(ctx.STRING_LITERAL().getSymbol()), source.of(ctx));
    }

    @Override
    public Expression visitTrueAtom(CypherParser.TrueAtomContext ctx) {
        return new BooleanLiteral(true, source.of(ctx));
    }

    @Override
    public Expression visitFalseAtom(CypherParser.FalseAtomContext ctx) {
        return new BooleanLiteral(false, source.of(ctx));
    }

    @Override
    public Expression visitNullAtom(CypherParser.NullAtomContext ctx) {
        return new NullLiteral(source.of(ctx));
    }

    @Override
    public Expression visitListAtom(CypherParser.ListAtomContext ctx) {
        return new ListLiteral(expressions(ctx.listLiteral().expression()), source.of(ctx));
    }

    @Override
    public Expression visitMapAtom(CypherParser.MapAtomContext ctx) {
        return map(ctx.mapLiteral());
    }

    @Override
    public Expression visitParameterAtom(CypherParser.ParameterAtomContext ctx) {
        return parameter(ctx.parameter());
    }

    @Override
    public Expression visitCaseAtom(CypherParser.CaseAtomContext ctx) {
        List<CaseExpression.When> alternatives = new ArrayList<>();
        for (var when : ctx.caseAlternative()) {
            alternatives.add(new CaseExpression.When(
                    expression(when.condition), expression(when.result), source.of(when)));
        }
        return new CaseExpression(expressions.optional(ctx.subject), alternatives,
                expressions.optional(ctx.otherwise), source.of(ctx));
    }

    @Override
    public Expression visitCountStarAtom(CypherParser.CountStarAtomContext ctx) {
        return new CountStar(source.of(ctx));
    }

    @Override
    public Expression visitExistsSubqueryAtom(CypherParser.ExistsSubqueryAtomContext ctx) {
        return new ExistsSubquery(body(ctx.subqueryBody()), source.of(ctx));
    }

    @Override
    public Expression visitCountSubqueryAtom(CypherParser.CountSubqueryAtomContext ctx) {
        return new CountSubquery(body(ctx.subqueryBody()), source.of(ctx));
    }

    @Override
    public Expression visitCollectSubqueryAtom(CypherParser.CollectSubqueryAtomContext ctx) {
        return new CollectSubquery(queries.nested(ctx.query()), source.of(ctx));
    }

    private SubqueryBody body(CypherParser.SubqueryBodyContext ctx) {
        if (ctx.query() != null) {
            return new SubqueryBody.QueryBody(queries.nested(ctx.query()), source.of(ctx));
        }
        return new SubqueryBody.PatternBody(patterns.pattern(ctx.pattern()), patterns.where(ctx.whereClause()),
                source.of(ctx));
    }

    @Override
    public Expression visitShortestPathAtom(CypherParser.ShortestPathAtomContext ctx) {
        var selector = ctx.SHORTESTPATH() != null
                ? PatternPart.PathSelector.SHORTEST : PatternPart.PathSelector.ALL_SHORTEST;
        var part = new PatternPart(Optional.empty(), selector, patterns.element(ctx.patternElement()), source.of(ctx));
        return new ShortestPathExpression(part, source.of(ctx));
    }

    @Override
    public Expression visitListComprehensionAtom(CypherParser.ListComprehensionAtomContext ctx) {
        return new ListComprehension(variable(ctx.variable()), expression(ctx.list),
                expressions.optional(ctx.filter), expressions.optional(ctx.projection), source.of(ctx));
    }

    @Override
    public Expression visitPatternComprehensionAtom(CypherParser.PatternComprehensionAtomContext ctx) {
        return new PatternComprehension(optionalVariable(ctx.variable()),
                patterns.element(ctx.relationshipsPattern()), expressions.optional(ctx.filter),
                expression(ctx.projection), source.of(ctx));
    }

    @Override
    public Expression visitQuantifiedAtom(CypherParser.QuantifiedAtomContext ctx) {
        Quantified.Quantifier quantifier = switch (ctx.quantifier().getStart().getType()) {
            case CypherParser.ALL -> Quantified.Quantifier.ALL;
            case CypherParser.ANY -> Quantified.Quantifier.ANY;
            case CypherParser.NONE -> Quantified.Quantifier.NONE;
            default -> Quantified.Quantifier.SINGLE;
        };
        return new Quantified(quantifier, variable(ctx.variable()), expression(ctx.list),
                expressions.optional(ctx.filter), source.of(ctx));
    }

    @Override
    public Expression visitReduceAtom(CypherParser.ReduceAtomContext ctx) {
        return new Reduce(variable(ctx.accumulator), expression(ctx.initial), variable(ctx.element),
                expression(ctx.list), expression(ctx.step), source.of(ctx));
    }

    @Override
    public Expression visitPatternAtom(CypherParser.PatternAtomContext ctx) {
        return new PatternExpression(patterns.element(ctx.relationshipsPattern()), source.of(ctx));
    }

    @Override
    public Expression visitParenthesizedAtom(CypherParser.ParenthesizedAtomContext ctx) {
        return expression(ctx.expression());
    }

    @Override
    public Expression visitFunctionCallAtom(CypherParser.FunctionCallAtomContext ctx) {
        var name = ctx.functionName();
        List<String> parts = new ArrayList<>();
        if (name.symbolicName() == null) {
            parts.add(name.getText());
        } else {
            parts.add(Names.of(name.symbolicName()));
            name.schemaName().forEach(part -> parts.add(Names.of(part)));
        }
        String simpleName = parts.remove(parts.size() - 1);
        String namespace = String.join(".", parts);
        return new FunctionCall(namespace, simpleName, ctx.DISTINCT() != null, expressions(ctx.expression()),
                source.of(ctx));
    }

    @Override
    public Expression visitMapProjectionAtom(CypherParser.MapProjectionAtomContext ctx) {
        List<MapProjection.Item> items = new ArrayList<>();
        for (var item : ctx.mapProjectionItem()) {
            items.add(mapProjectionItem(item));
        }
        return new MapProjection(variable(ctx.variable()), items, source.of(ctx));
    }

    private MapProjection.Item mapProjectionItem(CypherParser.MapProjectionItemContext item) {
        if (item instanceof CypherParser.LiteralEntrySelectorContext entry) {
            return new MapProjection.LiteralEntry(Names.of(entry.propertyKeyName()), expression(entry.expression()),
                    source.of(entry));
        }
        if (item instanceof CypherParser.PropertySelectorContext property) {
            return new MapProjection.PropertySelector(Names.of(property.propertyKeyName()), source.of(property));
        }
        if (item instanceof CypherParser.VariableSelectorContext selector) {
            return new MapProjection.VariableSelector(variable(selector.variable()), source.of(selector));
        }
        return new MapProjection.AllProperties(source.of(item));
    }

    @Override
    public Expression visitVariableAtom(CypherParser.VariableAtomContext ctx) {
        return variable(ctx.variable());
    }
}
