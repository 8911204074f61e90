package org.quiver.catalog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.quiver.parser.ast.Clause;
import org.quiver.parser.ast.Construct;
import org.quiver.parser.ast.FromGraph;
import org.quiver.parser.ast.GraphName;
import org.quiver.parser.ast.Query;
import org.quiver.parser.ast.SingleQuery;
import org.quiver.parser.ast.UnionPart;
import org.quiver.parser.ast.UseGraph;
import org.quiver.parser.error.SemanticError;

/**
 * A view applied to graphs, before planning: its query with each graph parameter ({@code $g} in
 * FROM, USE and CONSTRUCT ON) replaced by the graph reference passed for it.
 */
public final class ViewExpansion {
    private final Map<String, GraphName> arguments = new HashMap<>();

    private ViewExpansion(GraphCatalog.View view, GraphName application) {
        var parameters = view.definition().parameters();
        if (parameters.size() != application.arguments().size()) {
            throw new SemanticError("InvalidNumberOfArguments", "The view " + view.definition().name().qualifiedName()
                    + " takes " + parameters.size() + " graph(s), not " + application.arguments().size(),
                    application.span());
        }
        for (int i = 0; i < parameters.size(); i++) {
            arguments.put(parameters.get(i).name(), application.arguments().get(i));
        }
    }

    /** The view's query for {@code application} ({@code view(arg, …)}). */
    public static Query expand(GraphCatalog.View view, GraphName application) {
        return new ViewExpansion(view, application).query(view.definition().query());
    }

    private Query query(Query q) {
        List<UnionPart> unions = new ArrayList<>();
        for (UnionPart u : q.unions()) {
            unions.add(new UnionPart(u.all(), single(u.query()), u.span()));
        }
        return new Query(q.mode(), single(q.first()), unions, q.span());
    }

    private SingleQuery single(SingleQuery q) {
        List<Clause> clauses = new ArrayList<>();
        for (Clause c : q.clauses()) {
            if (c instanceof FromGraph f) {
                clauses.add(new FromGraph(graph(f.graph()), f.span()));
            } else if (c instanceof UseGraph u) {
                clauses.add(new UseGraph(graph(u.graph()), u.span()));
            } else if (c instanceof Construct k) {
                clauses.add(new Construct(k.on().stream().map(this::graph).toList(), k.clones(), k.updates(),
                        k.span()));
            } else {
                clauses.add(c);
            }
        }
        return new SingleQuery(clauses, q.span());
    }

    private GraphName graph(GraphName name) {
        if (name.parameter()) {
            GraphName argument = arguments.get(name.parts().get(0));
            if (argument == null) {
                throw new SemanticError("UnknownGraphParameter", "The view has no graph parameter $"
                        + name.parts().get(0), name.span());
            }
            return argument;
        }
        return new GraphName(name.parts(), name.arguments().stream().map(this::graph).toList(), false, name.span());
    }
}
