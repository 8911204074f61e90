package org.quiver.parser;

import static org.quiver.parser.CypherText.name;

import java.util.Optional;
import org.quiver.parser.ast.Expression;
import org.quiver.parser.ast.LabelExpression;
import org.quiver.parser.ast.LengthRange;
import org.quiver.parser.ast.NodePattern;
import org.quiver.parser.ast.Pattern;
import org.quiver.parser.ast.PatternElement;
import org.quiver.parser.ast.PatternPart;
import org.quiver.parser.ast.PatternStep;
import org.quiver.parser.ast.RelationshipPattern;

/** Prints patterns and label expressions. */
final class PatternPrinter {
    private final ExpressionPrinter expressions;

    PatternPrinter(ExpressionPrinter expressions) {
        this.expressions = expressions;
    }

    String pattern(Pattern pattern) {
        return ExpressionPrinter.join(pattern.parts(), this::part);
    }

    String part(PatternPart part) {
        String element = element(part.element());
        String selected = switch (part.selector()) {
            case ALL -> element;
            case SHORTEST -> "shortestPath(" + element + ")";
            case ALL_SHORTEST -> "allShortestPaths(" + element + ")";
        };
        return part.pathVariable().map(v -> name(v.name()) + " = ").orElse("") + selected;
    }

    String element(PatternElement element) {
        StringBuilder out = new StringBuilder(node(element.start()));
        for (PatternStep step : element.steps()) {
            out.append(relationship(step.relationship())).append(node(step.node()));
        }
        return out.toString();
    }

    private String node(NodePattern node) {
        return "(" + detail(node.variable().map(v -> name(v.name())), node.labels(), "", node.properties(),
                node.where()) + ")";
    }

    private String relationship(RelationshipPattern rel) {
        String length = rel.length().map(PatternPrinter::length).orElse("");
        String detail = detail(rel.variable().map(v -> name(v.name())), rel.types(), length, rel.properties(),
                rel.where());
        String body = detail.isEmpty() && rel.length().isEmpty() ? "--" : "-[" + detail + "]-";
        return switch (rel.direction()) {
            case OUTGOING -> body + ">";
            case INCOMING -> "<" + body;
            case BOTH -> body;
        };
    }

    private String detail(Optional<String> variable, Optional<LabelExpression> labels, String length,
            Optional<Expression> properties, Optional<Expression> where) {
        StringBuilder out = new StringBuilder(variable.orElse(""));
        labels.ifPresent(l -> out.append(':').append(labels(l, LabelLevel.OR)));
        out.append(length);
        properties.ifPresent(p -> out.append(out.length() == 0 ? "" : " ").append(expressions.print(p)));
        where.ifPresent(w -> out.append(out.length() == 0 ? "" : " ").append("WHERE ").append(expressions.print(w)));
        return out.toString();
    }

    /** {@code *}, {@code *2..5}, {@code *2..}, {@code *..5}. */
    private static String length(LengthRange range) {
        if (range.min().isEmpty() && range.max().isEmpty()) {
            return "*";
        }
        return "*" + (range.min().isPresent() ? Long.toString(range.min().getAsLong()) : "") + ".."
                + (range.max().isPresent() ? Long.toString(range.max().getAsLong()) : "");
    }

    /**
     * A label expression that binds at least as tightly as {@code min}. A conjunction of plain names
     * prints in the classic form A:B; any other uses &.
     */
    String labels(LabelExpression labels, LabelLevel min) {
        return labels(labels, min, false);
    }

    /**
     * {@code ampersand}: an enclosing conjunction is written with &, so this one must be too (in an
     * expression, n:A:B&C reads as the test :A followed by the test :B&C, not as (A:B)&C).
     */
    private String labels(LabelExpression labels, LabelLevel min, boolean ampersand) {
        LabelLevel level;
        String text;
        if (labels instanceof LabelExpression.Or or) {
            level = LabelLevel.OR;
            text = labels(or.left(), LabelLevel.OR, false) + "|" + labels(or.right(), LabelLevel.AND, false);
        } else if (labels instanceof LabelExpression.And and) {
            level = LabelLevel.AND;
            boolean useAmpersand = ampersand || !namesOnly(and);
            text = labels(and.left(), LabelLevel.AND, useAmpersand) + (useAmpersand ? "&" : ":")
                    + labels(and.right(), LabelLevel.NOT, useAmpersand);
        } else if (labels instanceof LabelExpression.Not not) {
            level = LabelLevel.NOT;
            text = "!" + labels(not.operand(), LabelLevel.NOT, false);
        } else if (labels instanceof LabelExpression.Name name) {
            level = LabelLevel.PRIMARY;
            text = name(name.name());
        } else {
            level = LabelLevel.PRIMARY;
            text = "%";
        }
        return level.compareTo(min) < 0 ? "(" + text + ")" : text;
    }

    private static boolean namesOnly(LabelExpression labels) {
        if (labels instanceof LabelExpression.And and) {
            return namesOnly(and.left()) && namesOnly(and.right());
        }
        return labels instanceof LabelExpression.Name;
    }
}
