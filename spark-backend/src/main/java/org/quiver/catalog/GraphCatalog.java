package org.quiver.catalog;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.quiver.api.PropertyGraph;
import org.quiver.parser.ast.CreateView;
import org.quiver.parser.ast.GraphName;
import org.quiver.parser.error.SemanticError;

/**
 * The session's graphs by qualified name: namespaces (always {@value #SESSION}, in memory) and
 * views. A name {@code ns.g} whose first part is a registered namespace is graph {@code g} of it;
 * any other name is a graph of {@value #SESSION} under the whole dotted name (so {@code social} and
 * {@code session.social} are one graph, and a graph mapped as {@code db.social} is found as written).
 *
 * <p>Thread-safe: namespaces and views are concurrent maps; each operation on one name is atomic.
 */
public final class GraphCatalog {
    public static final String SESSION = "session";

    private final Map<String, GraphNamespace> namespaces = new ConcurrentHashMap<>();
    private final Map<String, View> views = new ConcurrentHashMap<>();

    /** A view's definition and the text it was written in (for the positions of its errors). */
    public record View(CreateView definition, String text) {
    }

    /** Where a name points: a namespace, its name, and the graph's name in it. */
    public record Location(GraphNamespace namespace, String namespaceName, String name) {
        public String qualifiedName() {
            return namespaceName + "." + name;
        }
    }

    public GraphCatalog() {
        namespaces.put(SESSION, new SessionNamespace());
    }

    public void register(String name, GraphNamespace namespace) {
        if (name.isEmpty() || name.contains(".")) {
            throw new IllegalArgumentException("a namespace name is one non-empty name part: " + name);
        }
        if (name.equals(SESSION)) {
            throw new IllegalArgumentException("the namespace " + SESSION + " is the session's own");
        }
        namespaces.put(name, java.util.Objects.requireNonNull(namespace, "namespace"));
    }

    public List<String> namespaceNames() {
        return List.copyOf(new TreeSet<>(namespaces.keySet()));
    }

    public Location locate(List<String> parts) {
        if (parts.size() > 1 && namespaces.containsKey(parts.get(0))) {
            return new Location(namespaces.get(parts.get(0)), parts.get(0),
                    String.join(".", parts.subList(1, parts.size())));
        }
        return new Location(namespaces.get(SESSION), SESSION, String.join(".", parts));
    }

    /** The graph (not view) stored under {@code name}, as {@link #locate} finds it. */
    public Optional<PropertyGraph> graph(List<String> parts) {
        Location at = locate(parts);
        return at.namespace().graph(at.name());
    }

    /** The stored graph a query names; a name that is neither a graph nor a view is a {@code GraphNotFound} error. */
    public PropertyGraph require(GraphName name) {
        if (name.version().isPresent()) {
            Location at = locate(name.parts());
            if (!at.namespace().keepsVersions()) {
                throw new SemanticError("GraphNotFound", "There is no graph `" + name.text() + "`: namespace "
                        + at.namespaceName() + " keeps no versions (stored graph directories, such as a --catalog "
                        + "directory, do)", name.span());
            }
            return at.namespace().graph(at.name(), name.version().getAsLong()).orElseThrow(() -> notFound(name));
        }
        return graph(name.parts()).orElseThrow(() -> notFound(name));
    }

    public Optional<View> view(GraphName name) {
        return Optional.ofNullable(views.get(locate(name.parts()).qualifiedName()));
    }

    public void store(GraphName name, PropertyGraph graph) {
        Location at = locate(name.parts());
        at.namespace().store(at.name(), graph);
    }

    public void defineView(CreateView view, String text) {
        views.put(locate(view.name().parts()).qualifiedName(), new View(view, text));
    }

    /** Drops the graph or view of that name. */
    public void drop(GraphName name) {
        Location at = locate(name.parts());
        boolean view = views.remove(at.qualifiedName()) != null;
        if (!at.namespace().drop(at.name()) && !view) {
            throw notFound(name);
        }
    }

    SemanticError notFound(GraphName name) {
        Location at = locate(name.parts());
        List<String> held = at.namespace().names();
        String hint = held.isEmpty() ? "it holds no graphs" : "it holds " + String.join(", ", held);
        String first = name.parts().get(0);
        String unknownNamespace = name.parts().size() > 1 && !namespaces.containsKey(first)
                ? "; `" + first + "` is no namespace (namespaces: " + String.join(", ", namespaceNames()) + ")"
                : "";
        return new SemanticError("GraphNotFound", "There is no graph named `" + name.qualifiedName()
                + "` in namespace " + at.namespaceName() + " (" + hint + ")" + unknownNamespace, name.span());
    }
}
