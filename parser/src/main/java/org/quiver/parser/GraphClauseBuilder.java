package org.quiver.parser;

import java.util.ArrayList;
import java.util.List;
import org.quiver.parser.ast.Clause;
import org.quiver.parser.ast.CloneItem;
import org.quiver.parser.ast.Construct;
import org.quiver.parser.ast.FromGraph;
import org.quiver.parser.ast.GraphName;
import org.quiver.parser.ast.ReturnGraph;
import org.quiver.parser.ast.UseGraph;

/** Builds the multiple-graph clauses: FROM, USE, CONSTRUCT and RETURN GRAPH, and graph names. */
final class GraphClauseBuilder {
    private final SourceText source;
    private final ClauseBuilder clauses;
    private final ExpressionBuilder expressions;

    GraphClauseBuilder(SourceText source, ClauseBuilder clauses, ExpressionBuilder expressions) {
        this.source = source;
        this.clauses = clauses;
        this.expressions = expressions;
    }

    GraphName graphName(CypherParser.GraphNameContext ctx) {
        List<String> parts = new ArrayList<>();
        parts.add(Names.of(ctx.symbolicName()));
        ctx.schemaName().forEach(part -> parts.add(Names.of(part)));
        return new GraphName(parts, source.of(ctx));
    }

    GraphName graphReference(CypherParser.GraphReferenceContext ctx) {
        if (ctx.parameter() != null) {
            String name = expressions.atoms().parameter(ctx.parameter()).name();
            return new GraphName(List.of(name), List.of(), true, source.of(ctx));
        }
        GraphName name = graphName(ctx.graphName());
        if (ctx.version != null) {
            return new GraphName(name.parts(), List.of(), false,
                    java.util.OptionalLong.of(expressions.atoms().literals().integer(ctx.version)), source.of(ctx));
        }
        if (ctx.LPAREN() == null) {
            return name;
        }
        List<GraphName> arguments = new ArrayList<>();
        ctx.graphReference().forEach(argument -> arguments.add(graphReference(argument)));
        return new GraphName(name.parts(), arguments, false, source.of(ctx));
    }

    FromGraph from(CypherParser.FromGraphClauseContext ctx) {
        return new FromGraph(graphReference(ctx.graphReference()), source.of(ctx));
    }

    UseGraph use(CypherParser.UseGraphClauseContext ctx) {
        return new UseGraph(graphReference(ctx.graphReference()), source.of(ctx));
    }

    ReturnGraph returnGraph(CypherParser.ReturnGraphClauseContext ctx) {
        return new ReturnGraph(source.of(ctx));
    }

    /** The CREATE and SET clauses keep the order they were written in: a SET may refer to a creation. */
    Construct construct(CypherParser.ConstructClauseContext ctx) {
        List<GraphName> on = new ArrayList<>();
        ctx.graphReference().forEach(name -> on.add(graphReference(name)));
        List<CloneItem> clones = new ArrayList<>();
        for (var item : ctx.cloneItem()) {
            clones.add(new CloneItem(expressions.expression(item.expression()),
                    expressions.atoms().optionalVariable(item.variable()), source.of(item)));
        }
        List<Clause> updates = new ArrayList<>();
        for (int i = 0; i < ctx.getChildCount(); i++) {
            var child = ctx.getChild(i);
            if (child instanceof CypherParser.CreateClauseContext || child instanceof CypherParser.SetClauseContext) {
                updates.add(child.accept(clauses));
            }
        }
        return new Construct(on, clones, updates, source.of(ctx));
    }
}
