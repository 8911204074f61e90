package org.quiver.bench.generate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes an LDBC SNB–like social network as a graph directory ({@code nodes/*.csv},
 * {@code relationships/*.csv} with neo4j-admin headers) that {@code QuiverSession.loadGraph} reads,
 * plus {@value #PARAMETERS_FILE}, the query parameters chosen for it (the loader ignores that file).
 *
 * <pre>{@code
 * GeneratedNetwork net = SocialNetworkGenerator.generate(Path.of("target/graphs/p5000"), new NetworkSize(5000), 42);
 * }</pre>
 *
 * <p>The same size and seed give the same files byte for byte: one seeded random stream, consumed
 * in a fixed order, and rows written as they are drawn.
 */
public final class SocialNetworkGenerator {
    public static final String PARAMETERS_FILE = "parameters.txt";

    private SocialNetworkGenerator() {
    }

    public static GeneratedNetwork generate(Path dir, NetworkSize size, long seed) {
        Sampler sampler = new Sampler(seed);
        Timeline timeline = new Timeline(size.persons());
        long relationships = PlaceWriter.write(dir, size);
        PersonWriter persons = new PersonWriter(size, sampler, timeline);
        persons.write(dir);
        relationships += persons.relationships();
        long nodes = size.countries() * (1L + size.citiesPerCountry()) + size.universities() + size.companies()
                + size.tags() + size.persons();
        long post;
        long comment;
        try (ForumWriter forums = new ForumWriter(dir, size, sampler, timeline)) {
            forums.writeAll();
            relationships += forums.relationships();
            nodes += forums.nodes();
            post = forums.samplePost();
            comment = forums.sampleComment();
        }
        if (post < 0) {
            throw new IllegalStateException("the network is too small to have a post with a comment thread");
        }
        Map<String, Object> parameters = new TreeMap<>();
        int person = persons.busiestPerson();
        parameters.put("personId", (long) person);
        parameters.put("otherPersonId", (long) ((person + size.persons() / 2) % size.persons()));
        parameters.put("firstName", Vocabulary.FIRST_NAMES.get(1));
        parameters.put("postId", post);
        parameters.put("commentId", comment);
        parameters.put("maxDate", Timeline.at(0.8));
        parameters.put("minDate", Timeline.at(0.5));
        parameters.put("countryName", PlaceWriter.countryName(3));
        writeParameters(dir.resolve(PARAMETERS_FILE), parameters);
        return new GeneratedNetwork(dir, size, seed, nodes, relationships, parameters);
    }

    /** One {@code name=value} line each, in name order; string values are quoted. */
    private static void writeParameters(Path file, Map<String, Object> parameters) {
        StringBuilder text = new StringBuilder();
        parameters.forEach((name, value) -> text.append(name).append('=')
                .append(value instanceof String s ? '"' + s + '"' : value.toString()).append('\n'));
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The parameters written by {@link #generate}: longs, and strings (quoted in the file). */
    public static Map<String, Object> readParameters(Path dir) {
        Map<String, Object> parameters = new TreeMap<>();
        try {
            for (String line : Files.readAllLines(dir.resolve(PARAMETERS_FILE), StandardCharsets.UTF_8)) {
                int eq = line.indexOf('=');
                String value = line.substring(eq + 1);
                parameters.put(line.substring(0, eq), value.startsWith("\"")
                        ? value.substring(1, value.length() - 1) : (Object) Long.parseLong(value));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return parameters;
    }
}
