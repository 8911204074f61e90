package org.quiver.parser;

import static org.quiver.parser.CypherText.name;
import static org.quiver.parser.ExpressionPrinter.join;

import java.util.List;
import java.util.stream.Collectors;
import org.quiver.parser.ast.CallProcedure;
import org.quiver.parser.ast.CallSubquery;
import org.quiver.parser.ast.Clause;
import org.quiver.parser.ast.Construct;
import org.quiver.parser.ast.Create;
import org.quiver.parser.ast.CreateGraph;
import org.quiver.parser.ast.CreateView;
import org.quiver.parser.ast.Delete;
import org.quiver.parser.ast.DropGraph;
import org.quiver.parser.ast.Expression;
import org.quiver.parser.ast.Foreach;
import org.quiver.parser.ast.FromGraph;
import org.quiver.parser.ast.GraphName;
import org.quiver.parser.ast.Match;
import org.quiver.parser.ast.Merge;
import org.quiver.parser.ast.Projection;
import org.quiver.parser.ast.PropertyAccess;
import org.quiver.parser.ast.Query;
import org.quiver.parser.ast.Remove;
import org.quiver.parser.ast.RemoveItem;
import org.quiver.parser.ast.Return;
import org.quiver.parser.ast.ReturnGraph;
import org.quiver.parser.ast.SetClause;
import org.quiver.parser.ast.SetItem;
import org.quiver.parser.ast.SingleQuery;
import org.quiver.parser.ast.Statement;
import org.quiver.parser.ast.UnionPart;
import org.quiver.parser.ast.Unwind;
import org.quiver.parser.ast.UseGraph;
import org.quiver.parser.ast.With;
import org.quiver.parser.ast.YieldItem;

/**
 * Turns an AST back into Cypher text that {@link QueryParser} reads to an equal AST: operands get
 * parentheses only where precedence needs them, strings are escaped, and names are backticked when
 * they are no plain identifier or are a keyword.
 *
 * <pre>{@code
 * String text = AstPrinter.print(QueryParser.parse("match (n) return n.x+1 as y"));
 * // MATCH (n) RETURN n.x + 1 AS y
 * }</pre>
 */
public final class AstPrinter {
    private final ExpressionPrinter expressions = new ExpressionPrinter(this);
    private final PatternPrinter patterns = expressions.patterns();

    private AstPrinter() {
    }

    public static String print(Statement statement) {
        return new AstPrinter().statement(statement);
    }

    public static String print(Expression expression) {
        return new AstPrinter().expressions.print(expression);
    }

    private String statement(Statement statement) {
        if (statement instanceof Query q) {
            String mode = switch (q.mode()) {
                case RUN -> "";
                case EXPLAIN -> "EXPLAIN ";
                case PROFILE -> "PROFILE ";
            };
            return mode + query(q);
        }
        if (statement instanceof CreateGraph g) {
            return "CATALOG CREATE GRAPH " + graph(g.name()) + " { " + query(g.query()) + " }";
        }
        if (statement instanceof CreateView v) {
            String parameters = v.parameters().isEmpty() ? "" : "(" + join(v.parameters(), expressions::print) + ")";
            return "CATALOG CREATE VIEW " + graph(v.name()) + parameters + " { " + query(v.query()) + " }";
        }
        return "CATALOG DROP GRAPH " + graph(((DropGraph) statement).name());
    }

    /** A query without its execution mode, as it also stands inside subqueries. */
    String query(Query query) {
        StringBuilder out = new StringBuilder(single(query.first()));
        for (UnionPart union : query.unions()) {
            out.append(union.all() ? " UNION ALL " : " UNION ").append(single(union.query()));
        }
        return out.toString();
    }

    private String single(SingleQuery query) {
        return clauses(query.clauses());
    }

    private String clauses(List<Clause> clauses) {
        return clauses.stream().map(this::clause).collect(Collectors.joining(" "));
    }

    private String clause(Clause clause) {
        if (clause instanceof Match m) {
            return (m.optional() ? "OPTIONAL MATCH " : "MATCH ") + patterns.pattern(m.pattern())
                    + expressions.where(m.where());
        }
        if (clause instanceof Unwind u) {
            return "UNWIND " + expressions.print(u.list()) + " AS " + name(u.variable().name());
        }
        if (clause instanceof With w) {
            return "WITH " + projection(w.projection()) + expressions.where(w.where());
        }
        if (clause instanceof Return r) {
            return "RETURN " + projection(r.projection());
        }
        if (clause instanceof Create c) {
            return "CREATE " + patterns.pattern(c.pattern());
        }
        if (clause instanceof Merge m) {
            StringBuilder out = new StringBuilder("MERGE ").append(patterns.part(m.pattern()));
            m.actions().forEach(a -> out.append(a.onCreate() ? " ON CREATE " : " ON MATCH ").append(set(a.set())));
            return out.toString();
        }
        if (clause instanceof SetClause s) {
            return set(s);
        }
        if (clause instanceof Remove r) {
            return "REMOVE " + join(r.items(), this::removeItem);
        }
        if (clause instanceof Delete d) {
            return (d.detach() ? "DETACH DELETE " : "DELETE ") + join(d.expressions(), expressions::print);
        }
        if (clause instanceof Foreach f) {
            return "FOREACH (" + name(f.variable().name()) + " IN " + expressions.print(f.list()) + " | "
                    + clauses(f.body()) + ")";
        }
        if (clause instanceof CallSubquery c) {
            String scope = c.scope().map(vars -> c.importsAll() ? "(*) "
                    : "(" + join(vars, v -> name(v.name())) + ") ").orElse("");
            return "CALL " + scope + "{ " + query(c.query()) + " }";
        }
        if (clause instanceof CallProcedure c) {
            return procedure(c);
        }
        if (clause instanceof FromGraph f) {
            return "FROM GRAPH " + graph(f.graph());
        }
        if (clause instanceof UseGraph u) {
            return "USE " + graph(u.graph());
        }
        if (clause instanceof Construct c) {
            return construct(c);
        }
        if (clause instanceof ReturnGraph) {
            return "RETURN GRAPH";
        }
        throw new IllegalArgumentException("cannot print " + clause);
    }

    private String projection(Projection p) {
        StringBuilder out = new StringBuilder(p.distinct() ? "DISTINCT " : "");
        if (p.star()) {
            out.append(p.items().isEmpty() ? "*" : "*, ");
        }
        out.append(join(p.items(), item -> expressions.print(item.expression())
                + item.alias().map(a -> " AS " + name(a.name())).orElse("")));
        if (!p.orderBy().isEmpty()) {
            out.append(" ORDER BY ").append(join(p.orderBy(),
                    sort -> expressions.print(sort.expression()) + (sort.descending() ? " DESC" : "")));
        }
        p.skip().ifPresent(s -> out.append(" SKIP ").append(expressions.print(s)));
        p.limit().ifPresent(l -> out.append(" LIMIT ").append(expressions.print(l)));
        return out.toString();
    }

    private String set(SetClause set) {
        return "SET " + join(set.items(), this::setItem);
    }

    private String setItem(SetItem item) {
        if (item instanceof SetItem.SetProperty p) {
            return target(p.target()) + " = " + expressions.print(p.value());
        }
        if (item instanceof SetItem.SetProperties p) {
            return name(p.target().name()) + (p.merge() ? " += " : " = ") + expressions.print(p.value());
        }
        var labels = (SetItem.SetLabels) item;
        return name(labels.target().name()) + labelList(labels.labels());
    }

    private String removeItem(RemoveItem item) {
        if (item instanceof RemoveItem.RemoveProperty p) {
            return target(p.target());
        }
        var labels = (RemoveItem.RemoveLabels) item;
        return name(labels.target().name()) + labelList(labels.labels());
    }

    private static String labelList(List<String> labels) {
        return labels.stream().map(l -> ":" + name(l)).collect(Collectors.joining());
    }

    /** SET and REMOVE take a chain of lookups on an atom: anything else goes in parentheses. */
    private String target(PropertyAccess target) {
        Expression subject = target.subject();
        String base = subject instanceof PropertyAccess inner ? target(inner)
                : ExpressionPrinter.level(subject) == ExpressionPrinter.ATOM ? expressions.subject(subject)
                : "(" + expressions.print(subject) + ")";
        return base + "." + name(target.key());
    }

    private String procedure(CallProcedure call) {
        StringBuilder out = new StringBuilder("CALL ");
        if (!call.namespace().isEmpty()) {
            for (String part : call.namespace().split("\\.", -1)) {
                out.append(name(part)).append('.');
            }
        }
        out.append(name(call.name()));
        call.arguments().ifPresent(args -> out.append('(').append(join(args, expressions::print)).append(')'));
        if (call.yieldAll()) {
            out.append(" YIELD *");
        } else if (!call.yields().isEmpty()) {
            out.append(" YIELD ").append(join(call.yields(), this::yieldItem)).append(expressions.where(call.where()));
        }
        return out.toString();
    }

    private String yieldItem(YieldItem item) {
        return name(item.field()) + item.alias().map(a -> " AS " + name(a.name())).orElse("");
    }

    private String construct(Construct c) {
        StringBuilder out = new StringBuilder("CONSTRUCT");
        if (!c.on().isEmpty()) {
            out.append(" ON ").append(join(c.on(), this::graph));
        }
        if (!c.clones().isEmpty()) {
            out.append(" CLONE ").append(join(c.clones(), item -> expressions.print(item.expression())
                    + item.alias().map(a -> " AS " + name(a.name())).orElse("")));
        }
        c.updates().forEach(update -> out.append(' ').append(clause(update)));
        return out.toString();
    }

    private String graph(GraphName name) {
        if (name.parameter()) {
            return expressions.print(new org.quiver.parser.ast.Parameter(name.parts().get(0), name.span()));
        }
        String text = name.parts().stream().map(CypherText::name).collect(Collectors.joining("."));
        if (name.version().isPresent()) {
            return text + "@" + name.version().getAsLong();
        }
        return name.arguments().isEmpty() ? text : text + "(" + join(name.arguments(), this::graph) + ")";
    }
}
