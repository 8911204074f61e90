package org.quiver.planner.explain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.quiver.parser.ast.Clause;
import org.quiver.parser.ast.Match;
import org.quiver.parser.ast.Query;
import org.quiver.parser.ast.SingleQuery;
import org.quiver.parser.ast.UnionPart;

/** The clauses of a statement in one line ({@code MATCH WHERE, WITH, RETURN}), the AST stage of EXPLAIN. */
public final class ClauseSummary {
    private ClauseSummary() {
    }

    public static String of(Query query) {
        StringBuilder out = new StringBuilder(clauses(query.first()));
        for (UnionPart union : query.unions()) {
            out.append(union.all() ? " UNION ALL " : " UNION ").append(clauses(union.query()));
        }
        return out.toString();
    }

    private static String clauses(SingleQuery query) {
        List<String> names = new ArrayList<>();
        for (Clause clause : query.clauses()) {
            names.add(name(clause));
        }
        return String.join(", ", names);
    }

    private static String name(Clause clause) {
        if (clause instanceof Match m) {
            return (m.optional() ? "OPTIONAL MATCH" : "MATCH") + (m.where().isPresent() ? " WHERE" : "");
        }
        String simple = clause.getClass().getSimpleName().replace("Clause", "");
        return simple.replaceAll("([a-z])([A-Z])", "$1 $2").toUpperCase(Locale.ROOT);
    }
}
