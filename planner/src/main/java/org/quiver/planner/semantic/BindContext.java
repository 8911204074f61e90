package org.quiver.planner.semantic;

import java.util.Map;
import java.util.Objects;
import org.quiver.parser.ast.Span;
import org.quiver.planner.procedure.ProcedureCatalog;
import org.quiver.planner.schema.GraphSchema;

/** What binding a query needs besides its AST: the text (for column names), schema, parameters,
 * the procedures {@code CALL} finds, fresh names. */
public final class BindContext {
    private final String queryText;
    private GraphSchema schema;
    private final Map<String, ?> parameters;
    private final ProcedureCatalog procedures;
    private final java.util.function.Function<org.quiver.parser.ast.GraphName, GraphSchema> graphs;
    private int nextName;

    public BindContext(String queryText, GraphSchema schema, Map<String, ?> parameters) {
        this(queryText, schema, parameters, ProcedureCatalog.EMPTY, name -> {
            throw new org.quiver.parser.error.UnsupportedFeature("FROM GRAPH without a catalog of graphs", name.span());
        });
    }

    /** {@code graphs}: the schema of a graph a query names after other clauses ({@code MATCH … FROM GRAPH g …}). */
    public BindContext(String queryText, GraphSchema schema, Map<String, ?> parameters, ProcedureCatalog procedures,
            java.util.function.Function<org.quiver.parser.ast.GraphName, GraphSchema> graphs) {
        this.procedures = Objects.requireNonNull(procedures, "procedures");
        this.queryText = Objects.requireNonNull(queryText, "queryText");
        this.schema = Objects.requireNonNull(schema, "schema");
        this.parameters = java.util.Collections.unmodifiableMap(new java.util.HashMap<>(parameters));
        this.graphs = Objects.requireNonNull(graphs, "graphs");
    }

    /** The schema of a graph of the catalog; a name that finds none is the resolver's error. */
    GraphSchema schemaOf(org.quiver.parser.ast.GraphName graph) {
        return graphs.apply(graph);
    }

    public GraphSchema schema() {
        return schema;
    }

    /** Later clauses of a statement that creates elements see the schema with them. */
    void extendSchema(GraphSchema extended) {
        this.schema = Objects.requireNonNull(extended, "extended");
    }

    public ProcedureCatalog procedures() {
        return procedures;
    }

    public Map<String, ?> parameters() {
        return parameters;
    }

    /** The text a node was written as: unaliased return items are named by it. */
    public String textOf(Span span) {
        return span.textIn(queryText);
    }

    /**
     * A variable name no user can write without backticks and that no other fresh name repeats;
     * anonymous pattern elements and hidden columns get these.
     */
    public String freshName(String hint) {
        return "  " + hint + (nextName++);
    }
}
