package org.quiver.tck.run;

import java.util.List;
import java.util.Map;
import org.quiver.api.CypherResult;
import org.quiver.api.PropertyGraph;
import org.quiver.api.QuiverSession;
import org.quiver.api.SideEffects;

/** Quiver's public API as a {@link TckEngine}. */
public final class QuiverEngine implements TckEngine<PropertyGraph> {
    private final QuiverSession session;

    public QuiverEngine(QuiverSession session) {
        this.session = session;
    }

    @Override
    public PropertyGraph emptyGraph() {
        return session.emptyGraph();
    }

    @Override
    public Execution<PropertyGraph> execute(PropertyGraph graph, String query, Map<String, Object> parameters) {
        CypherResult result = session.cypher(graph, query, parameters);
        return new Execution<>() {
            @Override
            public List<String> columns() {
                return result.columns();
            }

            @Override
            public List<List<Object>> rows() {
                return result.rows();
            }

            @Override
            public PropertyGraph graph() {
                return result.graph();
            }

            @Override
            public SideEffects sideEffects() {
                return result.sideEffects();
            }
        };
    }
}
