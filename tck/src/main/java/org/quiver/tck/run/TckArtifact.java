package org.quiver.tck.run;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.quiver.tck.gherkin.Feature;
import org.quiver.tck.gherkin.GherkinReader;

/**
 * The openCypher TCK artifact on the classpath ({@code org.opencypher:tck}): its
 * {@code features/**}{@code /*.feature} and its named graphs {@code graphs/<name>/<name>.cypher}.
 */
public final class TckArtifact {
    private static final String ANCHOR = "features/clauses/match/Match1.feature";

    private TckArtifact() {
    }

    /** Every feature, sorted by path (relative to {@code features/}), outlines expanded. */
    public static List<Feature> features() {
        URL anchor = resource(ANCHOR);
        try {
            URI uri = anchor.toURI();
            if (uri.getScheme().equals("jar")) {
                try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                    return read(jar.getPath("/features"));
                }
            }
            return read(Path.of(uri).getParent().getParent().getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The Cypher script that builds the named graph, if the TCK has one of that name. */
    public static Optional<String> graphScript(String name) {
        if (!name.matches("[A-Za-z0-9_-]+")) {
            return Optional.empty();
        }
        URL url = TckArtifact.class.getClassLoader().getResource("graphs/" + name + "/" + name + ".cypher");
        if (url == null) {
            return Optional.empty();
        }
        try (InputStream in = url.openStream()) {
            return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Feature> read(Path root) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(p -> p.toString().endsWith(".feature")).sorted().toList();
        }
        List<Feature> features = new ArrayList<>();
        for (Path file : files) {
            String relative = root.relativize(file).toString().replace('\\', '/');
            features.add(GherkinReader.read(relative, Files.readString(file, StandardCharsets.UTF_8)));
        }
        return features;
    }

    private static URL resource(String name) {
        URL url = TckArtifact.class.getClassLoader().getResource(name);
        if (url == null) {
            throw new IllegalStateException(name + " not on the classpath: is org.opencypher:tck a dependency?");
        }
        return url;
    }
}
