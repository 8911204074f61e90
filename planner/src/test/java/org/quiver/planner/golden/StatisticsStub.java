package org.quiver.planner.golden;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.quiver.planner.schema.GraphSchema;
import org.quiver.planner.stats.DegreeMoments;
import org.quiver.planner.stats.GraphStatistics;
import org.quiver.planner.stats.NodeGroupStatistics;
import org.quiver.planner.stats.PropertyStatistics;
import org.quiver.planner.stats.RelationshipGroupStatistics;
import org.quiver.planner.types.CypherType;

/**
 * A graph's schema and statistics written by hand, one line per group:
 * <pre>
 * node Person:Employee 100 name=STRING/90 age=INTEGER/50
 * rel KNOWS Person->Person 800 since=INTEGER/30
 * degrees KNOWS 800 5000 1200 700
 * unknown
 * </pre>
 * A property is {@code key=TYPE/distinct} (all values present); a relationship line counts the
 * relationships between nodes with exactly those label combinations ({@code -} for none), each
 * from and to distinct nodes. A degrees line gives a type's {@link DegreeMoments}: relationships, then the sums
 * over nodes of out-degree squared, in-degree squared and in times out, and optionally the self-loops. {@code unknown} keeps the schema but gives the planner no statistics.
 */
record StatisticsStub(GraphSchema schema, GraphStatistics statistics) {

    static StatisticsStub parse(List<String> lines) {
        GraphSchema.Builder schema = GraphSchema.builder();
        List<NodeGroupStatistics> nodes = new ArrayList<>();
        List<RelationshipGroupStatistics> rels = new ArrayList<>();
        Map<String, Map<String, PropertyStatistics>> relProperties = new HashMap<>();
        Map<String, Map<String, CypherType>> relTypes = new LinkedHashMap<>();
        Map<String, DegreeMoments> moments = new HashMap<>();
        boolean unknown = false;
        for (String line : lines) {
            String[] words = line.split("\\s+");
            switch (words[0]) {
                case "unknown" -> unknown = true;
                case "node" -> {
                    Set<String> labels = labels(words[1]);
                    long count = Long.parseLong(words[2]);
                    Map<String, CypherType> types = new LinkedHashMap<>();
                    Map<String, PropertyStatistics> properties = new HashMap<>();
                    property(words, 3, count, types, properties);
                    schema.nodes(labels, types);
                    nodes.add(new NodeGroupStatistics(labels, count, properties));
                }
                case "rel" -> {
                    String[] ends = words[2].split("->");
                    long count = Long.parseLong(words[3]);
                    Map<String, CypherType> types = relTypes.computeIfAbsent(words[1], t -> new LinkedHashMap<>());
                    property(words, 4, count, types, relProperties.computeIfAbsent(words[1], t -> new HashMap<>()));
                    rels.add(new RelationshipGroupStatistics(words[1], labels(ends[0]), labels(ends[1]), count, count,
                            count));
                }
                case "degrees" -> moments.put(words[1], new DegreeMoments(Long.parseLong(words[2]),
                        Double.parseDouble(words[3]), Double.parseDouble(words[4]), Double.parseDouble(words[5]),
                        words.length > 6 ? Long.parseLong(words[6]) : -1));
                default -> throw new IllegalArgumentException(
                        "a statistics line starts with node, rel, degrees or unknown: " + line);
            }
        }
        relTypes.forEach(schema::relationships);
        GraphStatistics statistics = unknown ? GraphStatistics.UNKNOWN : GraphStatistics.of(nodes, rels, relProperties, moments);
        return new StatisticsStub(schema.build(), statistics);
    }

    private static void property(String[] words, int from, long count, Map<String, CypherType> types,
            Map<String, PropertyStatistics> properties) {
        for (int i = from; i < words.length; i++) {
            String[] keyValue = words[i].split("=");
            String[] typeDistinct = keyValue[1].split("/");
            types.put(keyValue[0], switch (typeDistinct[0]) {
                case "STRING" -> CypherType.STRING;
                case "INTEGER" -> CypherType.INTEGER;
                case "FLOAT" -> CypherType.FLOAT;
                case "BOOLEAN" -> CypherType.BOOLEAN;
                default -> throw new IllegalArgumentException("unknown property type " + typeDistinct[0]);
            });
            properties.put(keyValue[0], new PropertyStatistics(count, Long.parseLong(typeDistinct[1])));
        }
    }

    private static Set<String> labels(String word) {
        return word.equals("-") ? Set.of() : Set.of(word.split(":"));
    }
}
