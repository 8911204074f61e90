package org.quiver.parser.tck;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The query texts of the openCypher TCK, read from its jar on the test classpath: the doc strings
 * of the steps that run queries, with Scenario Outlines expanded over their Examples, and the
 * scripts that build the named graphs.
 *
 * <p>Just enough Gherkin for that; the TCK runner module has the full reader.
 */
public final class TckQueries {
    private TckQueries() {
    }

    public static List<TckQuery> all() {
        try {
            Path root = root();
            List<TckQuery> queries = new ArrayList<>();
            for (Path feature : files(root.resolve("features"), ".feature")) {
                queries.addAll(new FeatureReader(root.relativize(feature).toString(),
                        Files.readAllLines(feature, StandardCharsets.UTF_8)).queries());
            }
            for (Path graph : files(root.resolve("graphs"), ".cypher")) {
                queries.add(new TckQuery(root.relativize(graph).toString(), "graph script",
                        Files.readString(graph, StandardCharsets.UTF_8), ""));
            }
            return queries;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> files(Path dir, String suffix) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        }
    }

    /** The root of the TCK jar (or directory) that holds {@code features/}. */
    private static Path root() throws IOException {
        var url = TckQueries.class.getClassLoader().getResource("features");
        if (url == null) {
            throw new IllegalStateException("the openCypher TCK is not on the test classpath");
        }
        try {
            URI uri = url.toURI();
            if (!"jar".equals(uri.getScheme())) {
                return Path.of(uri).getParent();
            }
            FileSystem jar;
            try {
                jar = FileSystems.getFileSystem(uri);
            } catch (FileSystemNotFoundException e) {
                jar = FileSystems.newFileSystem(uri, Map.of());
            }
            return jar.getPath("/");
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
