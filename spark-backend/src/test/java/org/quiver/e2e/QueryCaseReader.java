package org.quiver.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.quiver.testing.ValueReader;

/**
 * Reads a {@code .cases} file:
 * <pre>
 * graph: tiny
 *
 * == people by name
 * MATCH (p:Person) RETURN p.name AS name ORDER BY name
 * -- params: {min: 30}
 * -- rows in order
 * name
 * 'Alice'
 * </pre>
 * Several statements, separated by lines holding only {@code ;}, run one after the other, each on
 * the graph the one before left. {@code -- effects: +nodes 1 +labels 1} (after the parameters)
 * checks the last statement's side effects.
 * Expectations: {@code -- rows} (any order), {@code -- rows in order}, {@code -- empty} (header
 * line only, no rows), {@code -- error: Type Detail}. Lines starting with {@code #} are comments.
 * {@code procedure: ns.name(arg :: TYPE?) :: (out :: TYPE?)} followed by one line holding its
 * table as a list of maps declares a procedure for the cases after it.
 */
final class QueryCaseReader {
    private QueryCaseReader() {
    }

    static List<QueryCase> read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        List<QueryCase> cases = new ArrayList<>();
        String graph = null;
        List<QueryCase.TableProcedure> procedures = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            String line = lines.get(i);
            if (line.startsWith("graph:")) {
                graph = line.substring("graph:".length()).trim();
                i++;
            } else if (line.startsWith("procedure:")) {
                @SuppressWarnings("unchecked")
                List<Map<String, Object>> table = (List<Map<String, Object>>) ValueReader.read(lines.get(i + 1));
                procedures.add(new QueryCase.TableProcedure(line.substring("procedure:".length()).trim(), table));
                i += 2;
            } else if (line.startsWith("== ")) {
                int start = i + 1;
                String name = line.substring(3).trim();
                StringBuilder query = new StringBuilder();
                i++;
                while (i < lines.size() && !lines.get(i).startsWith("-- ")) {
                    query.append(lines.get(i)).append('\n');
                    i++;
                }
                Map<String, Object> params = new LinkedHashMap<>();
                if (i < lines.size() && lines.get(i).startsWith("-- params:")) {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> read = (Map<String, Object>) ValueReader.read(lines.get(i).substring(10));
                    params.putAll(read);
                    i++;
                }
                Optional<String> effects = Optional.empty();
                if (i < lines.size() && lines.get(i).startsWith("-- effects:")) {
                    effects = Optional.of(lines.get(i).substring("-- effects:".length()).trim());
                    i++;
                }
                if (i >= lines.size()) {
                    throw new IllegalArgumentException(file + ":" + start + ": case without expectation");
                }
                String expectation = lines.get(i++).substring(3).trim();
                List<String> columns = List.of();
                List<List<Object>> rows = new ArrayList<>();
                Optional<String> error = Optional.empty();
                if (expectation.startsWith("error:")) {
                    error = Optional.of(expectation.substring(6).trim());
                } else {
                    // A statement without result columns has a blank header line (or none).
                    String header = i < lines.size() ? lines.get(i++) : "";
                    columns = header.isBlank() ? List.of() : QueryCase.cells(header);
                    while (i < lines.size() && !lines.get(i).isBlank() && !lines.get(i).startsWith("==")) {
                        List<Object> row = new ArrayList<>();
                        for (String cell : QueryCase.cells(lines.get(i))) {
                            row.add(ValueReader.read(cell));
                        }
                        rows.add(row);
                        i++;
                    }
                    if (expectation.equals("empty") && !rows.isEmpty()) {
                        throw new IllegalArgumentException(file + ":" + start + ": `empty` with rows");
                    }
                }
                cases.add(new QueryCase(file.getFileName().toString(), start, name, graph, query.toString().strip(),
                        params, columns, rows, expectation.equals("rows in order"), error, effects,
                        List.copyOf(procedures)));
            } else {
                i++;
            }
        }
        return cases;
    }
}
