package org.quiver.tck.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.quiver.api.SideEffects;
import org.quiver.parser.error.SemanticError;
import org.quiver.parser.error.SyntaxError;
import org.quiver.parser.error.TypeError;
import org.quiver.parser.error.UnsupportedFeature;

/**
 * An engine for runner tests whose graph is the list of statements run so far and whose answers
 * are scripted by the statement text.
 */
final class FakeEngine implements TckEngine<List<String>> {
    @Override
    public List<String> emptyGraph() {
        return List.of();
    }

    @Override
    public Execution<List<String>> execute(List<String> graph, String query, Map<String, Object> parameters) {
        switch (query) {
            case "UNSUPPORTED" -> throw new UnsupportedFeature("CREATE", null);
            case "SYNTAX" -> throw new SyntaxError("UnexpectedSyntax", "bad", null);
            case "UNDEFINED" -> throw new SemanticError("UndefinedVariable", "Variable `b` not defined", null);
            default -> {
                return new FakeExecution(graph, query, parameters);
            }
        }
    }

    private record FakeExecution(List<String> before, String query, Map<String, Object> parameters)
            implements Execution<List<String>> {
        @Override
        public List<String> columns() {
            return query.equals("COUNT") ? List.of("count") : List.of("p");
        }

        @Override
        public List<List<Object>> rows() {
            return switch (query) {
                case "TYPE_AT_RUNTIME" -> throw new TypeError("InvalidArgumentValue", "no", null);
                case "COUNT" -> List.of(List.of((long) before.size()));
                case "PARAM" -> List.of(java.util.Collections.singletonList(parameters.get("p")));
                default -> List.of();
            };
        }

        @Override
        public List<String> graph() {
            if (!query.startsWith("CREATE")) {
                return before;
            }
            List<String> after = new ArrayList<>(before);
            after.add(query);
            return List.copyOf(after);
        }

        @Override
        public SideEffects sideEffects() {
            return query.startsWith("CREATE") ? new SideEffects(1, 0, 0, 0, 1, 0, 0, 0) : SideEffects.NONE;
        }
    }
}
