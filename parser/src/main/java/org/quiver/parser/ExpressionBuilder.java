package org.quiver.parser;

import java.util.List;
import java.util.Optional;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.TerminalNode;
import org.quiver.parser.CypherParser.AdditiveExpressionContext;
import org.quiver.parser.CypherParser.AndExpressionContext;
import org.quiver.parser.CypherParser.ComparisonExpressionContext;
import org.quiver.parser.CypherParser.ExpressionContext;
import org.quiver.parser.CypherParser.MultiplicativeExpressionContext;
import org.quiver.parser.CypherParser.NotExpressionContext;
import org.quiver.parser.CypherParser.OrExpressionContext;
import org.quiver.parser.CypherParser.PostfixContext;
import org.quiver.parser.CypherParser.PostfixExpressionContext;
import org.quiver.parser.CypherParser.PowerExpressionContext;
import org.quiver.parser.CypherParser.PredicateExpressionContext;
import org.quiver.parser.CypherParser.PredicateSuffixContext;
import org.quiver.parser.CypherParser.UnaryExpressionContext;
import org.quiver.parser.CypherParser.XorExpressionContext;
import org.quiver.parser.ast.BinaryExpression;
import org.quiver.parser.ast.BinaryOperator;
import org.quiver.parser.ast.Expression;
import org.quiver.parser.ast.HasLabels;
import org.quiver.parser.ast.IntegerLiteral;
import org.quiver.parser.ast.IsNull;
import org.quiver.parser.ast.LabelExpression;
import org.quiver.parser.ast.PropertyAccess;
import org.quiver.parser.ast.Span;
import org.quiver.parser.ast.Slice;
import org.quiver.parser.ast.Subscript;
import org.quiver.parser.ast.UnaryExpression;
import org.quiver.parser.ast.UnaryOperator;

/**
 * Builds expressions level by level of operator precedence; atoms are left to {@link AtomBuilder}.
 * Binary operators fold to the left, so {@code a - b - c} is {@code (a - b) - c}.
 */
final class ExpressionBuilder {
    private final SourceText source;
    private final AtomBuilder atoms;
    private final PatternBuilder patterns;

    ExpressionBuilder(SourceText source, QueryBuilder queries) {
        this.source = source;
        this.patterns = new PatternBuilder(source, this);
        this.atoms = new AtomBuilder(source, this, patterns, queries);
    }

    PatternBuilder patterns() {
        return patterns;
    }

    AtomBuilder atoms() {
        return atoms;
    }

    SourceText source() {
        return source;
    }

    Expression expression(ExpressionContext ctx) {
        return or(ctx.orExpression());
    }

    private Expression or(OrExpressionContext ctx) {
        List<XorExpressionContext> operands = ctx.xorExpression();
        Expression result = xor(operands.get(0));
        for (int i = 1; i < operands.size(); i++) {
            result = binary(BinaryOperator.OR, result, xor(operands.get(i)), ctx, operands.get(i));
        }
        return result;
    }

    private Expression xor(XorExpressionContext ctx) {
        List<AndExpressionContext> operands = ctx.andExpression();
        Expression result = and(operands.get(0));
        for (int i = 1; i < operands.size(); i++) {
            result = binary(BinaryOperator.XOR, result, and(operands.get(i)), ctx, operands.get(i));
        }
        return result;
    }

    private Expression and(AndExpressionContext ctx) {
        List<NotExpressionContext> operands = ctx.notExpression();
        Expression result = not(operands.get(0));
        for (int i = 1; i < operands.size(); i++) {
            result = binary(BinaryOperator.AND, result, not(operands.get(i)), ctx, operands.get(i));
        }
        return result;
    }

    private Expression not(NotExpressionContext ctx) {
        if (ctx.NOT() != null) {
            return new UnaryExpression(UnaryOperator.NOT, not(ctx.notExpression()), source.of(ctx));
        }
        return comparison(ctx.comparisonExpression());
    }

    /** {@code a < b < c} becomes {@code a < b AND b < c}, the middle operand shared. */
    private Expression comparison(ComparisonExpressionContext ctx) {
        List<PredicateExpressionContext> operands = ctx.predicateExpression();
        Expression left = predicate(operands.get(0));
        Expression chain = null;
        for (int i = 1; i < operands.size(); i++) {
            Expression right = predicate(operands.get(i));
            BinaryOperator operator = comparisonOperator(ctx.comparisonOperator(i - 1).getStart().getType());
            Expression pair = new BinaryExpression(
                    operator, left, right, source.between(operands.get(i - 1), operands.get(i)));
            chain = chain == null ? pair : binary(BinaryOperator.AND, chain, pair, ctx, operands.get(i));
            left = right;
        }
        return chain == null ? left : chain;
    }

    private static BinaryOperator comparisonOperator(int token) {
        return switch (token) {
            case CypherParser.EQ -> BinaryOperator.EQUALS;
            case CypherParser.NEQ -> BinaryOperator.NOT_EQUALS;
            case CypherParser.LT -> BinaryOperator.LESS_THAN;
            case CypherParser.GT -> BinaryOperator.GREATER_THAN;
            case CypherParser.LTE -> BinaryOperator.LESS_THAN_OR_EQUAL;
            case CypherParser.GTE -> BinaryOperator.GREATER_THAN_OR_EQUAL;
            default -> throw new IllegalStateException("not a comparison token: " + token);
        };
    }

    private Expression predicate(PredicateExpressionContext ctx) {
        Expression result = additive(ctx.additiveExpression());
        for (PredicateSuffixContext suffix : ctx.predicateSuffix()) {
            result = suffix(result, suffix, source.between(ctx, suffix));
        }
        return result;
    }

    private Expression suffix(Expression left, PredicateSuffixContext suffix, Span span) {
        if (suffix instanceof CypherParser.IsNullSuffixContext isNull) {
            return new IsNull(left, isNull.NOT() != null, span);
        }
        BinaryOperator operator;
        AdditiveExpressionContext right;
        if (suffix instanceof CypherParser.StartsWithSuffixContext s) {
            operator = BinaryOperator.STARTS_WITH;
            right = s.additiveExpression();
        } else if (suffix instanceof CypherParser.EndsWithSuffixContext s) {
            operator = BinaryOperator.ENDS_WITH;
            right = s.additiveExpression();
        } else if (suffix instanceof CypherParser.ContainsSuffixContext s) {
            operator = BinaryOperator.CONTAINS;
            right = s.additiveExpression();
        } else if (suffix instanceof CypherParser.RegexMatchSuffixContext s) {
            operator = BinaryOperator.REGEX_MATCH;
            right = s.additiveExpression();
        } else {
            operator = BinaryOperator.IN;
            right = ((CypherParser.InSuffixContext) suffix).additiveExpression();
        }
        return new BinaryExpression(operator, left, additive(right), span);
    }

    private Expression additive(AdditiveExpressionContext ctx) {
        List<MultiplicativeExpressionContext> operands = ctx.multiplicativeExpression();
        Expression result = multiplicative(operands.get(0));
        for (int i = 1; i < operands.size(); i++) {
            BinaryOperator operator = ctx.additiveOperator(i - 1).PLUS() != null
                    ? BinaryOperator.ADD : BinaryOperator.SUBTRACT;
            result = binary(operator, result, multiplicative(operands.get(i)), ctx, operands.get(i));
        }
        return result;
    }

    private Expression multiplicative(MultiplicativeExpressionContext ctx) {
        List<PowerExpressionContext> operands = ctx.powerExpression();
        Expression result = power(operands.get(0));
        for (int i = 1; i < operands.size(); i++) {
            BinaryOperator operator = switch (ctx.multiplicativeOperator(i - 1).getStart().getType()) {
                case CypherParser.STAR -> BinaryOperator.MULTIPLY;
                case CypherParser.SLASH -> BinaryOperator.DIVIDE;
                default -> BinaryOperator.MODULO;
            };
            result = binary(operator, result, power(operands.get(i)), ctx, operands.get(i));
        }
        return result;
    }

    private Expression power(PowerExpressionContext ctx) {
        List<UnaryExpressionContext> operands = ctx.unaryExpression();
        Expression result = unary(operands.get(0));
        for (int i = 1; i < operands.size(); i++) {
            result = binary(BinaryOperator.POWER, result, unary(operands.get(i)), ctx, operands.get(i));
        }
        return result;
    }

    private Expression unary(UnaryExpressionContext ctx) {
        if (ctx.postfixExpression() != null) {
            return postfix(ctx.postfixExpression());
        }
        if (ctx.PLUS() != null) {
            return new UnaryExpression(UnaryOperator.PLUS, unary(ctx.unaryExpression()), source.of(ctx));
        }
        TerminalNode integer = bareInteger(ctx.unaryExpression());
        if (integer != null && atoms.literals().integerMagnitude(integer.getSymbol())
                .equals(LiteralParser.LONG_MIN_MAGNITUDE)) {
            // -9223372036854775808 cannot be negation of a literal: its magnitude does not fit a long.
            return new IntegerLiteral(Long.MIN_VALUE, source.of(ctx));
        }
        return new UnaryExpression(UnaryOperator.NEGATE, unary(ctx.unaryExpression()), source.of(ctx));
    }

    /** The integer token when the operand is nothing but an integer literal. */
    private static TerminalNode bareInteger(UnaryExpressionContext ctx) {
        PostfixExpressionContext postfix = ctx.postfixExpression();
        if (postfix == null || !postfix.postfix().isEmpty()
                || !(postfix.atom() instanceof CypherParser.LiteralAtomContext atom)
                || !(atom.literal() instanceof CypherParser.NumberAtomContext number)) {
            return null;
        }
        var literal = number.numberLiteral();
        return literal.FLOAT() != null ? null : (TerminalNode) literal.getChild(0);
    }

    /** Label tests that follow each other, as in n:A:B, make one test of their conjunction. */
    private Expression postfix(PostfixExpressionContext ctx) {
        Expression result = atoms.atom(ctx.atom());
        boolean afterLabelTest = false;
        for (PostfixContext postfix : ctx.postfix()) {
            Span span = source.between(ctx, postfix);
            if (afterLabelTest && postfix instanceof CypherParser.LabelTestContext test) {
                HasLabels previous = (HasLabels) result;
                result = new HasLabels(previous.subject(),
                        new LabelExpression.And(previous.labels(), labelTest(test), source.between(ctx, test)), span);
            } else {
                result = postfix(result, postfix, span);
            }
            afterLabelTest = postfix instanceof CypherParser.LabelTestContext;
        }
        return result;
    }

    private LabelExpression labelTest(CypherParser.LabelTestContext test) {
        return patterns.labels().conjunction(test.labelNegation(), test);
    }

    private Expression postfix(Expression subject, PostfixContext postfix, Span span) {
        if (postfix instanceof CypherParser.PropertyLookupContext lookup) {
            return new PropertyAccess(subject, Names.of(lookup.propertyKeyName().schemaName()), span);
        }
        if (postfix instanceof CypherParser.LabelTestContext test) {
            return new HasLabels(subject, labelTest(test), span);
        }
        if (postfix instanceof CypherParser.SubscriptContext subscript) {
            return new Subscript(subject, expression(subscript.expression()), span);
        }
        var slice = (CypherParser.SliceContext) postfix;
        return new Slice(subject, optional(slice.from), optional(slice.to), span);
    }

    Optional<Expression> optional(ExpressionContext ctx) {
        return ctx == null ? Optional.empty() : Optional.of(expression(ctx));
    }

    private BinaryExpression binary(
            BinaryOperator operator, Expression left, Expression right, ParserRuleContext whole,
            ParserRuleContext rightmost) {
        return new BinaryExpression(operator, left, right, source.between(whole, rightmost));
    }
}
