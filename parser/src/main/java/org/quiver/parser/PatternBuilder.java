package org.quiver.parser;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.quiver.parser.CypherParser.NodePatternContext;
import org.quiver.parser.CypherParser.PatternElementContext;
import org.quiver.parser.CypherParser.PatternStepContext;
import org.quiver.parser.CypherParser.PropertiesContext;
import org.quiver.parser.CypherParser.RelationshipPatternContext;
import org.quiver.parser.CypherParser.WhereClauseContext;
import org.quiver.parser.ast.Expression;
import org.quiver.parser.ast.LengthRange;
import org.quiver.parser.ast.NodePattern;
import org.quiver.parser.ast.Pattern;
import org.quiver.parser.ast.PatternElement;
import org.quiver.parser.ast.PatternPart;
import org.quiver.parser.ast.PatternStep;
import org.quiver.parser.ast.RelationshipPattern;
import org.quiver.parser.ast.RelationshipPattern.Direction;

/** Builds patterns: parts, path elements, node and relationship patterns. */
final class PatternBuilder {
    private final SourceText source;
    private final ExpressionBuilder expressions;
    private final LabelExpressionBuilder labels;

    PatternBuilder(SourceText source, ExpressionBuilder expressions) {
        this.source = source;
        this.expressions = expressions;
        this.labels = new LabelExpressionBuilder(source);
    }

    LabelExpressionBuilder labels() {
        return labels;
    }

    Pattern pattern(CypherParser.PatternContext ctx) {
        List<PatternPart> parts = new ArrayList<>();
        ctx.patternPart().forEach(part -> parts.add(part(part)));
        return new Pattern(parts, source.of(ctx));
    }

    PatternPart part(CypherParser.PatternPartContext ctx) {
        var path = ctx.pathPattern();
        PatternPart.PathSelector selector;
        PatternElementContext element;
        if (path instanceof CypherParser.ShortestPathPatternContext shortest) {
            selector = PatternPart.PathSelector.SHORTEST;
            element = shortest.patternElement();
        } else if (path instanceof CypherParser.AllShortestPathsPatternContext all) {
            selector = PatternPart.PathSelector.ALL_SHORTEST;
            element = all.patternElement();
        } else {
            selector = PatternPart.PathSelector.ALL;
            element = ((CypherParser.PlainPathPatternContext) path).patternElement();
        }
        return new PatternPart(expressions.atoms().optionalVariable(ctx.variable()), selector, element(element),
                source.of(ctx));
    }

    /** A path element; parentheses around it only group. */
    PatternElement element(PatternElementContext ctx) {
        if (ctx.patternElement() != null) {
            return element(ctx.patternElement());
        }
        return element(ctx, ctx.nodePattern(), ctx.patternStep());
    }

    PatternElement element(CypherParser.RelationshipsPatternContext ctx) {
        return element(ctx, ctx.nodePattern(), ctx.patternStep());
    }

    private PatternElement element(
            ParserRuleContext ctx, NodePatternContext start, List<PatternStepContext> steps) {
        List<PatternStep> built = new ArrayList<>(steps.size());
        for (PatternStepContext step : steps) {
            built.add(new PatternStep(relationship(step.relationshipPattern()), node(step.nodePattern())));
        }
        return new PatternElement(node(start), built, source.of(ctx));
    }

    NodePattern node(NodePatternContext ctx) {
        return new NodePattern(
                expressions.atoms().optionalVariable(ctx.variable()),
                ctx.labelExpression() == null ? Optional.empty() : Optional.of(labels.expression(ctx.labelExpression())),
                properties(ctx.properties()),
                where(ctx.whereClause()),
                source.of(ctx));
    }

    RelationshipPattern relationship(RelationshipPatternContext ctx) {
        boolean left = ctx.leftArrow != null;
        boolean right = ctx.rightArrow != null;
        Direction direction = left == right ? Direction.BOTH : left ? Direction.INCOMING : Direction.OUTGOING;
        var detail = ctx.relationshipDetail();
        if (detail == null) {
            return new RelationshipPattern(Optional.empty(), direction, Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.empty(), source.of(ctx));
        }
        return new RelationshipPattern(
                expressions.atoms().optionalVariable(detail.variable()),
                direction,
                detail.labelExpression() == null
                        ? Optional.empty() : Optional.of(labels.expression(detail.labelExpression())),
                detail.lengthRange() == null ? Optional.empty() : Optional.of(length(detail.lengthRange())),
                properties(detail.properties()),
                where(detail.whereClause()),
                source.of(ctx));
    }

    /** {@code *} alone leaves both bounds open; {@code *n} without {@code ..} fixes both to n. */
    private LengthRange length(CypherParser.LengthRangeContext ctx) {
        OptionalLong lower = bound(ctx.lower);
        OptionalLong upper = ctx.RANGE() == null ? lower : bound(ctx.upper);
        return new LengthRange(lower, upper, source.of(ctx));
    }

    private OptionalLong bound(Token token) {
        return token == null ? OptionalLong.empty()
                : OptionalLong.of(expressions.atoms().literals().integer(token));
    }

    private Optional<Expression> properties(PropertiesContext ctx) {
        if (ctx == null) {
            return Optional.empty();
        }
        return Optional.of(ctx.mapLiteral() != null
                ? expressions.atoms().map(ctx.mapLiteral())
                : expressions.atoms().parameter(ctx.parameter()));
    }

    Optional<Expression> where(WhereClauseContext ctx) {
        return ctx == null ? Optional.empty() : Optional.of(expressions.expression(ctx.expression()));
    }
}
