package org.quiver.compile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.quiver.api.CypherResult;
import org.quiver.api.PropertyGraph;
import org.quiver.catalog.GraphCatalog;
import org.quiver.catalog.ViewExpansion;
import org.quiver.construct.GraphUnion;
import org.quiver.parser.ast.Clause;
import org.quiver.parser.ast.Construct;
import org.quiver.parser.ast.CreateGraph;
import org.quiver.parser.ast.CreateView;
import org.quiver.parser.ast.DropGraph;
import org.quiver.parser.ast.ExecutionMode;
import org.quiver.parser.ast.FromGraph;
import org.quiver.parser.ast.GraphName;
import org.quiver.parser.ast.Query;
import org.quiver.parser.ast.ReturnGraph;
import org.quiver.parser.ast.SingleQuery;
import org.quiver.parser.ast.Statement;
import org.quiver.parser.ast.UnionPart;
import org.quiver.parser.ast.UseGraph;
import org.quiver.parser.error.SemanticError;
import org.quiver.parser.error.SyntaxError;
import org.quiver.parser.error.UnsupportedFeature;

/**
 * What a statement does with the catalog of graphs: the graph a query reads ({@code FROM GRAPH} or
 * {@code USE} before its first clause, else the graph it was run on), views applied to graphs,
 * queries that return graphs (one part, or the disjoint union of {@code UNION ALL} parts), and
 * the {@code CATALOG} commands.
 */
final class GraphStatements {
    /** Views may use views; a chain this deep is taken to be a view that uses itself. */
    private static final int MAX_VIEW_DEPTH = 32;

    private final QueryExecutor executor;
    private final GraphCatalog catalog;
    private final PropertyGraph graph;
    private final Map<String, ?> parameters;
    private final int viewDepth;
    /** Each name is resolved once per statement: planning and running see the same graph (and run a view once). */
    private final Map<GraphName, PropertyGraph> resolved = new java.util.IdentityHashMap<>();

    GraphStatements(QueryExecutor executor, GraphCatalog catalog, PropertyGraph graph, Map<String, ?> parameters) {
        this(executor, catalog, graph, parameters, 0);
    }

    private GraphStatements(QueryExecutor executor, GraphCatalog catalog, PropertyGraph graph,
            Map<String, ?> parameters, int viewDepth) {
        this.executor = executor;
        this.catalog = catalog;
        this.graph = graph;
        this.parameters = parameters;
        this.viewDepth = viewDepth;
    }

    static boolean returnsGraph(Query query) {
        List<Clause> clauses = query.first().clauses();
        return clauses.get(clauses.size() - 1) instanceof ReturnGraph;
    }

    /** The graph the part reads: the one its leading FROM GRAPH or USE names, else the statement's graph. */
    PropertyGraph workingGraph(SingleQuery part) {
        GraphName leading = leadingGraph(part);
        return leading == null ? graph : resolve(leading);
    }

    static Query withoutLeadingGraph(Query query) {
        return new Query(query.mode(), withoutLeadingGraph(query.first()), query.unions(), query.span());
    }

    private static SingleQuery withoutLeadingGraph(SingleQuery part) {
        if (leadingGraph(part) == null) {
            return part;
        }
        if (part.clauses().size() == 1) {
            throw new SyntaxError("InvalidClauseComposition", "Query cannot conclude with FROM GRAPH or USE "
                    + "(must be followed by a reading clause or RETURN GRAPH)", part.clauses().get(0).span());
        }
        return new SingleQuery(part.clauses().subList(1, part.clauses().size()), part.span());
    }

    private static GraphName leadingGraph(SingleQuery part) {
        Clause first = part.clauses().get(0);
        if (first instanceof FromGraph f) {
            return f.graph();
        }
        return first instanceof UseGraph u ? u.graph() : null;
    }

    /** A graph a query names: a view applied to graphs, or a stored graph. */
    PropertyGraph resolve(GraphName name) {
        PropertyGraph known = resolved.get(name);
        if (known == null) {
            known = lookUp(name);
            resolved.put(name, known);
        }
        return known;
    }

    private PropertyGraph lookUp(GraphName name) {
        if (name.parameter()) {
            throw new SemanticError("UnknownGraphParameter", "$" + name.parts().get(0)
                    + " names a graph only inside a view that declares it", name.span());
        }
        var view = catalog.view(name);
        if (view.isPresent() && name.version().isPresent()) {
            throw new SemanticError("GraphNotFound", "`" + name.text() + "`: " + name.qualifiedName()
                    + " is a view, and views have no versions", name.span());
        }
        if (view.isPresent()) {
            if (viewDepth >= MAX_VIEW_DEPTH) {
                throw new SemanticError("CyclicView", "The view " + name.qualifiedName()
                        + " uses itself (views nest " + MAX_VIEW_DEPTH + " deep)", name.span());
            }
            Query expanded = ViewExpansion.expand(view.get(), name);
            return new GraphStatements(executor, catalog, graph, parameters, viewDepth + 1)
                    .graphOf(expanded, view.get().text());
        }
        if (!name.arguments().isEmpty()) {
            throw new SemanticError("GraphNotFound", "There is no view named `" + name.qualifiedName() + "`",
                    name.span());
        }
        return catalog.require(name);
    }

    CypherResult graphResult(Query query, String text) {
        return CypherResult.ofGraph(graphOf(query, text), executor.spark());
    }

    /** The graph a query returns: its one part's, or the union of its {@code UNION ALL} parts' with disjoint ids. */
    PropertyGraph graphOf(Query query, String text) {
        if (query.mode() != ExecutionMode.RUN) {
            throw new UnsupportedFeature(query.mode() + " of a query that returns a graph", query.span());
        }
        List<PropertyGraph> graphs = new ArrayList<>(List.of(graphOfPart(query.first(), text)));
        for (UnionPart union : query.unions()) {
            if (!union.all()) {
                throw new UnsupportedFeature("UNION of graphs without ALL (graphs are combined side by side: "
                        + "use UNION ALL)", union.span());
            }
            List<Clause> clauses = union.query().clauses();
            if (!(clauses.get(clauses.size() - 1) instanceof ReturnGraph)) {
                throw new SyntaxError("InvalidClauseComposition", "All parts of a UNION must return graphs, or none",
                        union.span());
            }
            graphs.add(graphOfPart(union.query(), text));
        }
        return graphs.size() == 1 ? graphs.get(0) : GraphUnion.of(graphs);
    }

    private PropertyGraph graphOfPart(SingleQuery part, String text) {
        PropertyGraph working = workingGraph(part);
        SingleQuery rest = withoutLeadingGraph(part);
        if (rest.clauses().size() == 1) {
            return working;
        }
        if (rest.clauses().stream().noneMatch(Construct.class::isInstance)) {
            Clause returnGraph = rest.clauses().get(rest.clauses().size() - 1);
            throw new SyntaxError("InvalidClauseComposition", "RETURN GRAPH returns the graph of a CONSTRUCT, or "
                    + "the graph FROM GRAPH names when nothing else comes before it", returnGraph.span());
        }
        Query query = new Query(ExecutionMode.RUN, rest, List.of(), part.span());
        return executor.run(this, working, query, text, parameters).graph();
    }

    CypherResult catalogCommand(Statement statement, String text) {
        if (statement instanceof CreateGraph create) {
            requireGraphQuery(create.query(), "CATALOG CREATE GRAPH");
            PropertyGraph created = graphOf(create.query(), text);
            catalog.store(create.name(), created);
            return CypherResult.ofGraph(created, executor.spark());
        } else if (statement instanceof CreateView view) {
            requireGraphQuery(view.query(), "CATALOG CREATE VIEW");
            catalog.defineView(view, text);
        } else {
            catalog.drop(((DropGraph) statement).name());
        }
        return new CypherResult(List.of(), List.of(), executor.spark().createDataFrame(List.of(),
                new org.apache.spark.sql.types.StructType()), graph, org.quiver.api.SideEffects.NONE);
    }

    private static void requireGraphQuery(Query query, String command) {
        if (!returnsGraph(query)) {
            throw new SyntaxError("InvalidClauseComposition", command + " needs a query that returns a graph "
                    + "(… RETURN GRAPH)", query.span());
        }
    }
}
