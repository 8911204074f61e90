package org.quiver.parser;

import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.quiver.parser.CypherParser.LabelConjunctionContext;
import org.quiver.parser.CypherParser.LabelDisjunctionContext;
import org.quiver.parser.CypherParser.LabelNegationContext;
import org.quiver.parser.CypherParser.LabelPrimaryContext;
import org.quiver.parser.ast.LabelExpression;

/** Builds label and relationship-type expressions; {@code |} and {@code &} fold to the left. */
final class LabelExpressionBuilder {
    private final SourceText source;

    LabelExpressionBuilder(SourceText source) {
        this.source = source;
    }

    LabelExpression expression(CypherParser.LabelExpressionContext ctx) {
        return disjunction(ctx.labelDisjunction());
    }

    LabelExpression disjunction(LabelDisjunctionContext ctx) {
        List<LabelConjunctionContext> operands = ctx.labelConjunction();
        LabelExpression result = conjunction(operands.get(0));
        for (int i = 1; i < operands.size(); i++) {
            result = new LabelExpression.Or(result, conjunction(operands.get(i)),
                    source.between(ctx, operands.get(i)));
        }
        return result;
    }

    LabelExpression conjunction(LabelConjunctionContext ctx) {
        return conjunction(ctx.labelNegation(), ctx);
    }

    /** The operands of a conjunction folded to the left; {@code ctx} is where the spans start. */
    LabelExpression conjunction(List<LabelNegationContext> operands, ParserRuleContext ctx) {
        LabelExpression result = negation(operands.get(0));
        for (int i = 1; i < operands.size(); i++) {
            result = new LabelExpression.And(result, negation(operands.get(i)),
                    source.between(ctx, operands.get(i)));
        }
        return result;
    }

    private LabelExpression negation(LabelNegationContext ctx) {
        if (ctx.BANG() != null) {
            return new LabelExpression.Not(negation(ctx.labelNegation()), source.of(ctx));
        }
        return primary(ctx.labelPrimary());
    }

    private LabelExpression primary(LabelPrimaryContext ctx) {
        if (ctx.labelName() != null) {
            return new LabelExpression.Name(Names.of(ctx.labelName()), source.of(ctx));
        }
        if (ctx.PERCENT() != null) {
            return new LabelExpression.Wildcard(source.of(ctx));
        }
        return disjunction(ctx.labelDisjunction());
    }
}
