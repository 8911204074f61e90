package org.quiver.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import org.quiver.parser.error.DataError;

/**
 * A manifest as JSON:
 * <pre>{@code
 * {"layout": 1, "version": 2, "format": "delta", "nextNodeId": 10, "nextRelationshipId": 4,
 *  "nodes": [{"labels": ["Person"], "path": "delta/nodes/person-1f0c2a9b", "tableVersion": 1,
 *             "properties": [{"key": "name", "type": "String", "column": "p0"}]}],
 *  "relationships": [{"type": "KNOWS", "path": "…", "tableVersion": 0, "properties": []}]}
 * }</pre>
 * {@code tableVersion} is present for Delta tables only.
 */
final class ManifestJson {
    /** The layout this code writes; a manifest of a later layout is refused rather than misread. */
    static final int LAYOUT = 1;
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ManifestJson() {
    }

    static String write(GraphManifest manifest) {
        ObjectNode root = JSON.createObjectNode();
        root.put("layout", LAYOUT);
        root.put("version", manifest.version());
        root.put("format", manifest.format().id());
        root.put("nextNodeId", manifest.nextNodeId());
        root.put("nextRelationshipId", manifest.nextRelationshipId());
        ArrayNode nodes = root.putArray("nodes");
        for (StoredNodes table : manifest.nodes()) {
            ObjectNode entry = nodes.addObject();
            ArrayNode labels = entry.putArray("labels");
            table.labels().forEach(labels::add);
            table(entry, table.table());
        }
        ArrayNode relationships = root.putArray("relationships");
        for (StoredRelationships table : manifest.relationships()) {
            ObjectNode entry = relationships.addObject();
            entry.put("type", table.type());
            table(entry, table.table());
        }
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a manifest", e);
        }
    }

    private static void table(ObjectNode entry, StoredTable table) {
        entry.put("path", table.path());
        table.tableVersion().ifPresent(v -> entry.put("tableVersion", v));
        ArrayNode properties = entry.putArray("properties");
        for (StoredProperty property : table.properties()) {
            properties.addObject()
                    .put("key", property.key())
                    .put("type", CypherTypeNames.name(property.type()))
                    .put("column", property.column());
        }
    }

    /** Reads a manifest; {@code source} names the file in errors. */
    static GraphManifest read(String json, String source) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new DataError(source, 0, null, "not a graph manifest (bad JSON: " + e.getOriginalMessage() + ")");
        }
        Fields fields = new Fields(source);
        long layout = fields.number(root, "layout");
        if (layout != LAYOUT) {
            throw new DataError(source, 0, null, "manifest layout " + layout
                    + " is not one this Quiver reads (it reads layout " + LAYOUT + ")");
        }
        String formatName = fields.text(root, "format");
        StoreFormat format = StoreFormat.named(formatName).orElseThrow(() -> new DataError(source, 0, null,
                "unknown table format `" + formatName + "` (expected one of " + StoreFormat.choices() + ")"));
        List<StoredNodes> nodes = new ArrayList<>();
        for (JsonNode entry : fields.array(root, "nodes")) {
            Set<String> labels = new LinkedHashSet<>();
            fields.array(entry, "labels").forEach(label -> labels.add(fields.text(label)));
            nodes.add(new StoredNodes(labels, table(entry, fields)));
        }
        List<StoredRelationships> relationships = new ArrayList<>();
        for (JsonNode entry : fields.array(root, "relationships")) {
            relationships.add(new StoredRelationships(fields.text(entry, "type"), table(entry, fields)));
        }
        return new GraphManifest(fields.number(root, "version"), format, fields.number(root, "nextNodeId"),
                fields.number(root, "nextRelationshipId"), nodes, relationships);
    }

    private static StoredTable table(JsonNode entry, Fields fields) {
        List<StoredProperty> properties = new ArrayList<>();
        for (JsonNode property : fields.array(entry, "properties")) {
            String typeName = fields.text(property, "type");
            properties.add(new StoredProperty(fields.text(property, "key"),
                    CypherTypeNames.parse(typeName).orElseThrow(() -> fields.bad("unknown property type `" + typeName + "`")),
                    fields.text(property, "column")));
        }
        OptionalLong tableVersion = entry.has("tableVersion")
                ? OptionalLong.of(fields.number(entry, "tableVersion")) : OptionalLong.empty();
        return new StoredTable(fields.text(entry, "path"), properties, tableVersion);
    }

    /** Field access that names the manifest and the field when one is missing or of the wrong kind. */
    private record Fields(String source) {
        long number(JsonNode node, String name) {
            JsonNode value = node.get(name);
            if (value == null || !value.canConvertToLong() || !value.isIntegralNumber()) {
                throw bad("`" + name + "` is missing or not an integer");
            }
            return value.asLong();
        }

        String text(JsonNode node, String name) {
            JsonNode value = node.get(name);
            if (value == null || !value.isTextual()) {
                throw bad("`" + name + "` is missing or not a string");
            }
            return value.asText();
        }

        String text(JsonNode value) {
            if (!value.isTextual()) {
                throw bad("a label is not a string");
            }
            return value.asText();
        }

        JsonNode array(JsonNode node, String name) {
            JsonNode value = node.get(name);
            if (value == null || !value.isArray()) {
                throw bad("`" + name + "` is missing or not an array");
            }
            return value;
        }

        DataError bad(String reason) {
            return new DataError(source, 0, null, "bad graph manifest: " + reason);
        }
    }
}
