package org.quiver.parser;

import static org.quiver.parser.CypherText.name;
import static org.quiver.parser.CypherText.string;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.quiver.parser.ast.BinaryExpression;
import org.quiver.parser.ast.BooleanLiteral;
import org.quiver.parser.ast.CaseExpression;
import org.quiver.parser.ast.CollectSubquery;
import org.quiver.parser.ast.CountStar;
import org.quiver.parser.ast.CountSubquery;
import org.quiver.parser.ast.ExistsSubquery;
import org.quiver.parser.ast.Expression;
import org.quiver.parser.ast.FloatLiteral;
import org.quiver.parser.ast.FunctionCall;
import org.quiver.parser.ast.HasLabels;
import org.quiver.parser.ast.IntegerLiteral;
import org.quiver.parser.ast.IsNull;
import org.quiver.parser.ast.ListComprehension;
import org.quiver.parser.ast.ListLiteral;
import org.quiver.parser.ast.MapLiteral;
import org.quiver.parser.ast.MapProjection;
import org.quiver.parser.ast.NullLiteral;
import org.quiver.parser.ast.Parameter;
import org.quiver.parser.ast.PatternComprehension;
import org.quiver.parser.ast.PatternExpression;
import org.quiver.parser.ast.PropertyAccess;
import org.quiver.parser.ast.Quantified;
import org.quiver.parser.ast.Reduce;
import org.quiver.parser.ast.ShortestPathExpression;
import org.quiver.parser.ast.Slice;
import org.quiver.parser.ast.StringLiteral;
import org.quiver.parser.ast.Subscript;
import org.quiver.parser.ast.SubqueryBody;
import org.quiver.parser.ast.UnaryExpression;
import org.quiver.parser.ast.UnaryOperator;
import org.quiver.parser.ast.Variable;

/**
 * Prints expressions. Each expression has a precedence level, as the grammar's rules stack them;
 * an operand is put in parentheses only when its level is looser than its place allows, which the
 * parser then drops again, so the text reads back to the same tree.
 */
final class ExpressionPrinter {
    static final int OR = 1;
    static final int XOR = 2;
    static final int AND = 3;
    static final int NOT = 4;
    static final int COMPARISON = 5;
    static final int PREDICATE = 6;
    static final int ADDITIVE = 7;
    static final int MULTIPLICATIVE = 8;
    static final int POWER = 9;
    static final int UNARY = 10;
    static final int POSTFIX = 11;
    static final int ATOM = 12;

    /** Function names that would read as another construct when written bare before a parenthesis. */
    private static final Set<String> CONSTRUCT_NAMES = Set.of("ANY", "NONE", "SINGLE", "ALL", "REDUCE",
            "SHORTESTPATH", "ALLSHORTESTPATHS");

    private final AstPrinter printer;
    private final PatternPrinter patterns;

    ExpressionPrinter(AstPrinter printer) {
        this.printer = printer;
        this.patterns = new PatternPrinter(this);
    }

    PatternPrinter patterns() {
        return patterns;
    }

    String print(Expression e) {
        return print(e, OR);
    }

    /** The expression, in parentheses when it binds looser than {@code minLevel}. */
    String print(Expression e, int minLevel) {
        String text = text(e);
        return level(e) < minLevel ? "(" + text + ")" : text;
    }

    static int level(Expression e) {
        if (e instanceof BinaryExpression b) {
            return switch (b.operator()) {
                case OR -> OR;
                case XOR -> XOR;
                case AND -> AND;
                case EQUALS, NOT_EQUALS, LESS_THAN, LESS_THAN_OR_EQUAL, GREATER_THAN, GREATER_THAN_OR_EQUAL -> COMPARISON;
                case STARTS_WITH, ENDS_WITH, CONTAINS, REGEX_MATCH, IN -> PREDICATE;
                case ADD, SUBTRACT -> ADDITIVE;
                case MULTIPLY, DIVIDE, MODULO -> MULTIPLICATIVE;
                case POWER -> POWER;
            };
        }
        if (e instanceof UnaryExpression u) {
            return u.operator() == UnaryOperator.NOT ? NOT : UNARY;
        }
        if (e instanceof IsNull) {
            return PREDICATE;
        }
        if (e instanceof IntegerLiteral i && i.value() < 0 || e instanceof FloatLiteral f && isNegative(f.value())) {
            return UNARY;
        }
        if (e instanceof PropertyAccess || e instanceof HasLabels || e instanceof Subscript || e instanceof Slice) {
            return POSTFIX;
        }
        return ATOM;
    }

    private static boolean isNegative(double value) {
        return value < 0 || Double.doubleToRawLongBits(value) == Double.doubleToRawLongBits(-0.0);
    }

    private String text(Expression e) {
        if (e instanceof BinaryExpression b) {
            return binary(b);
        }
        if (e instanceof UnaryExpression u) {
            return unary(u);
        }
        if (e instanceof IsNull n) {
            return print(n.operand(), PREDICATE) + (n.negated() ? " IS NOT NULL" : " IS NULL");
        }
        if (e instanceof PropertyAccess p) {
            return subject(p.subject()) + "." + name(p.key());
        }
        if (e instanceof HasLabels h) {
            // n:A:B is one test of A&B; a test on a test needs parentheses: (n:A):B.
            String subject = h.subject() instanceof HasLabels ? "(" + text(h.subject()) + ")" : subject(h.subject());
            return subject + ":" + patterns.labels(h.labels(), LabelLevel.AND);
        }
        if (e instanceof Subscript s) {
            return subject(s.subject()) + "[" + print(s.index()) + "]";
        }
        if (e instanceof Slice s) {
            return subject(s.subject()) + "[" + s.from().map(this::print).orElse("") + ".."
                    + s.to().map(this::print).orElse("") + "]";
        }
        return atom(e);
    }

    private String binary(BinaryExpression b) {
        int level = level(b);
        // Comparisons do not nest: a < b < c is a chain, so both sides must bind tighter.
        int leftLevel = level == COMPARISON ? level + 1 : level;
        return print(b.left(), leftLevel) + " " + b.operator().symbol() + " " + print(b.right(), level + 1);
    }

    private String unary(UnaryExpression u) {
        if (u.operator() == UnaryOperator.NOT) {
            return "NOT " + print(u.operand(), NOT);
        }
        String sign = u.operator() == UnaryOperator.NEGATE ? "-" : "+";
        // -(-x) rather than --x, and -(-9223372036854775808) rather than a literal that folds.
        boolean signed = level(u.operand()) == UNARY;
        return sign + (signed ? "(" + text(u.operand()) + ")" : print(u.operand(), UNARY));
    }

    /** The subject of a postfix operator; a number in front of a dot could read as a float. */
    String subject(Expression e) {
        if (e instanceof IntegerLiteral || e instanceof FloatLiteral) {
            return "(" + text(e) + ")";
        }
        return print(e, POSTFIX);
    }

    private String atom(Expression e) {
        if (e instanceof IntegerLiteral i) {
            return Long.toString(i.value());
        }
        if (e instanceof FloatLiteral f) {
            return floating(f.value());
        }
        if (e instanceof StringLiteral s) {
            return string(s.value());
        }
        if (e instanceof BooleanLiteral b) {
            return b.value() ? "true" : "false";
        }
        if (e instanceof NullLiteral) {
            return "null";
        }
        if (e instanceof Parameter p) {
            return "$" + (p.name().chars().allMatch(c -> c >= '0' && c <= '9') && !p.name().isEmpty()
                    ? p.name() : name(p.name()));
        }
        if (e instanceof Variable v) {
            return name(v.name());
        }
        if (e instanceof ListLiteral l) {
            return list(l);
        }
        if (e instanceof MapLiteral m) {
            return map(m);
        }
        if (e instanceof FunctionCall f) {
            return function(f);
        }
        if (e instanceof CountStar) {
            return "count(*)";
        }
        if (e instanceof CaseExpression c) {
            return caseExpression(c);
        }
        if (e instanceof ListComprehension l) {
            return "[" + name(l.variable().name()) + " IN " + print(l.list()) + where(l.where())
                    + l.projection().map(p -> " | " + print(p)).orElse("") + "]";
        }
        if (e instanceof PatternComprehension p) {
            return "[" + p.pathVariable().map(v -> name(v.name()) + " = ").orElse("") + patterns.element(p.pattern())
                    + where(p.where()) + " | " + print(p.projection()) + "]";
        }
        if (e instanceof Quantified q) {
            return q.quantifier().name().toLowerCase(Locale.ROOT) + "(" + name(q.variable().name()) + " IN "
                    + print(q.list()) + where(q.where()) + ")";
        }
        if (e instanceof Reduce r) {
            return "reduce(" + name(r.accumulator().name()) + " = " + print(r.initial()) + ", "
                    + name(r.variable().name()) + " IN " + print(r.list()) + " | " + print(r.expression()) + ")";
        }
        if (e instanceof PatternExpression p) {
            return patterns.element(p.pattern());
        }
        if (e instanceof MapProjection m) {
            return name(m.subject().name()) + "{" + join(m.items(), this::mapProjectionItem) + "}";
        }
        if (e instanceof ExistsSubquery s) {
            return "EXISTS { " + body(s.body()) + " }";
        }
        if (e instanceof CountSubquery s) {
            return "COUNT { " + body(s.body()) + " }";
        }
        if (e instanceof CollectSubquery s) {
            return "COLLECT { " + printer.query(s.query()) + " }";
        }
        if (e instanceof ShortestPathExpression s) {
            return patterns.part(s.pattern());
        }
        throw new IllegalArgumentException("cannot print " + e);
    }

    /** Enough digits to read back the same double; the lexer takes Java's exponent form. */
    private static String floating(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("no Cypher literal for " + value);
        }
        return Double.toString(value);
    }

    /** [x IN l] would read as a comprehension: a first element that starts that way gets parentheses. */
    private String list(ListLiteral l) {
        StringBuilder out = new StringBuilder("[");
        for (int i = 0; i < l.elements().size(); i++) {
            Expression element = l.elements().get(i);
            if (i > 0) {
                out.append(", ");
            }
            out.append(i == 0 && startsWithMembership(element) ? "(" + print(element) + ")" : print(element));
        }
        return out.append("]").toString();
    }

    private static boolean startsWithMembership(Expression e) {
        if (e instanceof BinaryExpression b) {
            return b.operator() == org.quiver.parser.ast.BinaryOperator.IN && b.left() instanceof Variable
                    || startsWithMembership(b.left());
        }
        return e instanceof IsNull n && startsWithMembership(n.operand());
    }

    String map(MapLiteral m) {
        return "{" + join(m.entries(), entry -> name(entry.key()) + ": " + print(entry.value())) + "}";
    }

    private String function(FunctionCall f) {
        StringBuilder out = new StringBuilder();
        if (!f.namespace().isEmpty()) {
            for (String part : f.namespace().split("\\.", -1)) {
                out.append(name(part)).append('.');
            }
            out.append(name(f.name()));
        } else {
            out.append(functionName(f.name()));
        }
        return out.append('(').append(f.distinct() ? "DISTINCT " : "").append(join(f.arguments(), this::print))
                .append(')').toString();
    }

    /** count(x) and collect(x) stay readable; exists(x) is a function of its own in the grammar. */
    private static String functionName(String simple) {
        String upper = simple.toUpperCase(Locale.ROOT);
        boolean keywordAllowed = upper.equals("COUNT") || upper.equals("COLLECT") || upper.equals("EXISTS");
        if (CypherText.isPlainIdentifier(simple) && keywordAllowed && !CONSTRUCT_NAMES.contains(upper)) {
            return simple;
        }
        return name(simple);
    }

    private String caseExpression(CaseExpression c) {
        StringBuilder out = new StringBuilder("CASE");
        c.subject().ifPresent(s -> out.append(' ').append(print(s)));
        for (CaseExpression.When when : c.alternatives()) {
            out.append(" WHEN ").append(print(when.condition())).append(" THEN ").append(print(when.result()));
        }
        c.otherwise().ifPresent(o -> out.append(" ELSE ").append(print(o)));
        return out.append(" END").toString();
    }

    private String mapProjectionItem(MapProjection.Item item) {
        if (item instanceof MapProjection.PropertySelector p) {
            return "." + name(p.key());
        }
        if (item instanceof MapProjection.VariableSelector v) {
            return name(v.variable().name());
        }
        if (item instanceof MapProjection.LiteralEntry l) {
            return name(l.key()) + ": " + print(l.value());
        }
        return ".*";
    }

    private String body(SubqueryBody body) {
        if (body instanceof SubqueryBody.QueryBody q) {
            return printer.query(q.query());
        }
        var p = (SubqueryBody.PatternBody) body;
        return patterns.pattern(p.pattern()) + where(p.where());
    }

    String where(Optional<Expression> where) {
        return where.map(w -> " WHERE " + print(w)).orElse("");
    }

    static <T> String join(List<T> items, Function<T, String> print) {
        return items.stream().map(print).collect(Collectors.joining(", "));
    }
}
