package org.quiver.planner;

import java.util.Map;
import java.util.Set;
import org.quiver.parser.QueryParser;
import org.quiver.parser.ast.Query;
import org.quiver.planner.logical.LogicalOp;
import org.quiver.planner.schema.GraphSchema;
import org.quiver.planner.semantic.BindContext;
import org.quiver.planner.semantic.QueryBinder;
import org.quiver.planner.types.CypherType;

/** Plans for planner tests: queries bound against a small fixed schema. */
public final class Planning {
    public static final GraphSchema SCHEMA = GraphSchema.builder()
            .nodes(Set.of("Person"), Map.of("name", CypherType.STRING, "age", CypherType.INTEGER))
            .nodes(Set.of("City"), Map.of("name", CypherType.STRING))
            .relationships("KNOWS", Map.of("since", CypherType.INTEGER))
            .relationships("LIVES_IN", Map.of())
            .build();

    private Planning() {
    }

    /** The logical plan of {@code query} before optimization. */
    public static LogicalOp logical(String query) {
        return QueryBinder.bind((Query) QueryParser.parse(query), new BindContext(query, SCHEMA, Map.of())).last().plan();
    }

    public static PlannedQuery planned(String query) {
        return QueryPlanner.plan(query, QueryParser.parse(query), SCHEMA, Map.of(), PlannerOptions.DEFAULTS);
    }

    /** The first operator of {@code type} found walking down from {@code op}, parents first. */
    public static <T extends LogicalOp> T find(LogicalOp op, Class<T> type) {
        if (type.isInstance(op)) {
            return type.cast(op);
        }
        for (LogicalOp child : op.children()) {
            T found = find(child, type);
            if (found != null) {
                return found;
            }
        }
        return null;
    }
}
