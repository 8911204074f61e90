package org.quiver.parser;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.quiver.parser.ast.BinaryExpression;
import org.quiver.parser.ast.BinaryOperator;
import org.quiver.parser.ast.BooleanLiteral;
import org.quiver.parser.ast.Clause;
import org.quiver.parser.ast.ExecutionMode;
import org.quiver.parser.ast.Expression;
import org.quiver.parser.ast.FloatLiteral;
import org.quiver.parser.ast.FunctionCall;
import org.quiver.parser.ast.IntegerLiteral;
import org.quiver.parser.ast.LabelExpression;
import org.quiver.parser.ast.ListLiteral;
import org.quiver.parser.ast.MapLiteral;
import org.quiver.parser.ast.Match;
import org.quiver.parser.ast.NodePattern;
import org.quiver.parser.ast.NullLiteral;
import org.quiver.parser.ast.Parameter;
import org.quiver.parser.ast.Pattern;
import org.quiver.parser.ast.PatternElement;
import org.quiver.parser.ast.PatternPart;
import org.quiver.parser.ast.PatternStep;
import org.quiver.parser.ast.Projection;
import org.quiver.parser.ast.ProjectionItem;
import org.quiver.parser.ast.PropertyAccess;
import org.quiver.parser.ast.Query;
import org.quiver.parser.ast.RelationshipPattern;
import org.quiver.parser.ast.RelationshipPattern.Direction;
import org.quiver.parser.ast.Return;
import org.quiver.parser.ast.SingleQuery;
import org.quiver.parser.ast.Span;
import org.quiver.parser.ast.StringLiteral;
import org.quiver.parser.ast.UnaryExpression;
import org.quiver.parser.ast.UnaryOperator;
import org.quiver.parser.ast.Variable;

/** Short constructors for expected ASTs; spans are {@link Span#NONE}, which equality ignores. */
final class Ast {
    static final Span S = Span.NONE;

    private Ast() {
    }

    /** The statement {@code text} parses to. */
    static Query parse(String text) {
        return (Query) QueryParser.parse(text);
    }

    /** The expression {@code text} parses to, read as the only item of a RETURN. */
    static Expression expr(String text) {
        Return ret = (Return) parse("RETURN " + text).first().clauses().get(0);
        return ret.projection().items().get(0).expression();
    }

    /** The clauses of a single query without unions. */
    static List<Clause> clauses(String text) {
        return parse(text).first().clauses();
    }

    static Query query(Clause... clauses) {
        return new Query(ExecutionMode.RUN, single(clauses), List.of(), S);
    }

    static SingleQuery single(Clause... clauses) {
        return new SingleQuery(List.of(clauses), S);
    }

    static Return ret(Expression... expressions) {
        List<ProjectionItem> items = new ArrayList<>();
        for (Expression e : expressions) {
            items.add(item(e));
        }
        return new Return(projection(items), S);
    }

    static Projection projection(List<ProjectionItem> items) {
        return new Projection(false, false, items, List.of(), Optional.empty(), Optional.empty(), S);
    }

    static ProjectionItem item(Expression e) {
        return new ProjectionItem(e, Optional.empty(), S);
    }

    static ProjectionItem item(Expression e, String alias) {
        return new ProjectionItem(e, Optional.of(var(alias)), S);
    }

    static Match match(PatternPart... parts) {
        return new Match(false, pattern(parts), Optional.empty(), S);
    }

    static Pattern pattern(PatternPart... parts) {
        return new Pattern(List.of(parts), S);
    }

    static PatternPart part(PatternElement element) {
        return new PatternPart(Optional.empty(), PatternPart.PathSelector.ALL, element, S);
    }

    /** A path: a node, then relationship, node, relationship, node … */
    static PatternElement path(NodePattern start, Object... steps) {
        List<PatternStep> built = new ArrayList<>();
        for (int i = 0; i < steps.length; i += 2) {
            built.add(new PatternStep((RelationshipPattern) steps[i], (NodePattern) steps[i + 1]));
        }
        return new PatternElement(start, built, S);
    }

    /** {@code (variable:L1:L2)}; a null variable is anonymous. */
    static NodePattern node(String variable, String... labels) {
        return new NodePattern(optionalVar(variable), and(labels), Optional.empty(), Optional.empty(), S);
    }

    /** {@code -[variable:T1|T2]-} in the given direction; a null variable is anonymous. */
    static RelationshipPattern rel(Direction direction, String variable, String... types) {
        return new RelationshipPattern(optionalVar(variable), direction, or(types), Optional.empty(),
                Optional.empty(), Optional.empty(), S);
    }

    static LabelExpression.Name label(String name) {
        return new LabelExpression.Name(name, S);
    }

    static Optional<LabelExpression> and(String... labels) {
        return Arrays.stream(labels).<LabelExpression>map(Ast::label)
                .reduce((l, r) -> new LabelExpression.And(l, r, S));
    }

    static Optional<LabelExpression> or(String... labels) {
        return Arrays.stream(labels).<LabelExpression>map(Ast::label)
                .reduce((l, r) -> new LabelExpression.Or(l, r, S));
    }

    static Optional<Variable> optionalVar(String name) {
        return name == null ? Optional.empty() : Optional.of(var(name));
    }

    static Variable var(String name) {
        return new Variable(name, S);
    }

    static IntegerLiteral lit(long value) {
        return new IntegerLiteral(value, S);
    }

    static FloatLiteral lit(double value) {
        return new FloatLiteral(value, S);
    }

    static StringLiteral str(String value) {
        return new StringLiteral(value, S);
    }

    static BooleanLiteral bool(boolean value) {
        return new BooleanLiteral(value, S);
    }

    static NullLiteral nul() {
        return new NullLiteral(S);
    }

    static ListLiteral list(Expression... elements) {
        return new ListLiteral(List.of(elements), S);
    }

    /** {@code {k1: v1, k2: v2}} from alternating keys and values. */
    static MapLiteral map(Object... keysAndValues) {
        List<MapLiteral.Entry> entries = new ArrayList<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            entries.add(new MapLiteral.Entry((String) keysAndValues[i], (Expression) keysAndValues[i + 1], S));
        }
        return new MapLiteral(entries, S);
    }

    static Parameter param(String name) {
        return new Parameter(name, S);
    }

    static PropertyAccess prop(Expression subject, String key) {
        return new PropertyAccess(subject, key, S);
    }

    static PropertyAccess prop(String variable, String key) {
        return prop(var(variable), key);
    }

    static BinaryExpression bin(BinaryOperator operator, Expression left, Expression right) {
        return new BinaryExpression(operator, left, right, S);
    }

    static UnaryExpression unary(UnaryOperator operator, Expression operand) {
        return new UnaryExpression(operator, operand, S);
    }

    static FunctionCall call(String name, Expression... arguments) {
        return new FunctionCall("", name, false, List.of(arguments), S);
    }
}
