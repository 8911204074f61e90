package org.quiver.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.quiver.api.CsvOptions;
import org.quiver.api.CypherResult;

/**
 * Stands in for Spark and the query engine: answers each query text (stripped of the blank lines
 * and spaces that place file statements) with a prepared result or failure, and records what the
 * command line asked of it.
 */
final class FakeGraphOpener implements GraphOpener {
    private final Map<String, Supplier<CypherResult>> answers = new LinkedHashMap<>();
    final List<String> queries = new ArrayList<>();
    final List<Map<String, Object>> parameters = new ArrayList<>();
    RuntimeException openFailure;
    Path openedDirectory;
    CsvOptions openedOptions;
    QueryOptions opened;
    boolean closed;
    final List<String> saves = new ArrayList<>();

    FakeGraphOpener answer(String query, Supplier<CypherResult> result) {
        answers.put(query, result);
        return this;
    }

    FakeGraphOpener fail(String query, RuntimeException failure) {
        answers.put(query, () -> {
            throw failure;
        });
        return this;
    }

    @Override
    public QueryableGraph open(QueryOptions options) {
        opened = options;
        openedDirectory = options.graph().orElse(null);
        openedOptions = options.csv();
        if (openFailure != null) {
            throw openFailure;
        }
        return new QueryableGraph() {
            @Override
            public CypherResult cypher(String query, Map<String, Object> params) {
                queries.add(query);
                parameters.add(params);
                Supplier<CypherResult> answer = answers.get(query.strip());
                if (answer == null) {
                    throw new IllegalStateException("the fake has no answer for " + query);
                }
                return answer.get();
            }

            @Override
            public long save(CypherResult result, Path directory, org.quiver.store.StoreFormat format) {
                saves.add(directory + " " + format.id());
                return saves.size();
            }

            @Override
            public void close() {
                closed = true;
            }
        };
    }

    @Override
    public org.quiver.api.QuiverSession openSession(Map<String, Path> catalogs) {
        throw new AssertionError("this fake has no Spark session; shell and schema are tested on TestSpark");
    }
}
