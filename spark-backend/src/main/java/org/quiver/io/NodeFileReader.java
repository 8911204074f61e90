package org.quiver.io;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.quiver.parser.error.DataError;

/**
 * Reads one node file: gives its rows consecutive graph ids from {@code firstId}, registers each
 * row's id in its ID space, and takes labels from the {@code :LABEL} column when there is one
 * (an empty cell: no labels), otherwise the single label {@code fileLabel}.
 */
final class NodeFileReader {
    private final CsvFileReader file;
    private final CellParser cells;
    private final IdSpaces ids;
    private final String fileLabel;

    private NodeFileReader(CsvFileReader file, char arrayDelimiter, IdSpaces ids, String fileLabel) {
        this.file = file;
        this.cells = new CellParser(file.source(), arrayDelimiter);
        this.ids = ids;
        this.fileLabel = fileLabel;
    }

    static NodeFile read(CsvFileReader file, char arrayDelimiter, IdSpaces ids, String fileLabel, long firstId) {
        file.header().checkNodeFile();
        if (fileLabel.isBlank() && file.header().indexOf(LabelColumn.class) < 0) {
            throw new DataError(file.source(), file.header().line(), ":LABEL",
                    "without a :LABEL column the label comes from the file name, and this one gives none");
        }
        return new NodeFileReader(file, arrayDelimiter, ids, fileLabel).rows(firstId);
    }

    private NodeFile rows(long firstId) {
        CsvHeader header = file.header();
        int labelIndex = header.indexOf(LabelColumn.class);
        List<NodeRow> rows = new ArrayList<>();
        long nextId = firstId;
        for (var next = file.next(); next.isPresent(); next = file.next()) {
            CsvRecord record = next.get();
            long nodeId = nextId++;
            Map<String, Object> properties = new HashMap<>();
            for (int i = 0; i < header.size(); i++) {
                if (header.column(i) instanceof IdColumn id) {
                    String key = idOf(record, i);
                    ids.define(id.space(), key, nodeId, file.source(), record.line(), id.name());
                    id.propertyKey().ifPresent(name -> properties.put(name, key));
                } else if (header.column(i) instanceof PropertyColumn property) {
                    Object value = cells.parse(record.field(i), property.type(), record.line(), property.name());
                    if (value != null) {
                        properties.put(property.key(), value);
                    }
                }
            }
            Set<String> labels = labelIndex < 0 ? Set.of(fileLabel) : labels(record.field(labelIndex).text());
            rows.add(new NodeRow(nodeId, labels, properties));
        }
        return new NodeFile(header, rows);
    }

    private String idOf(CsvRecord record, int index) {
        String id = record.field(index).text();
        if (id.isEmpty()) {
            throw new DataError(file.source(), record.line(), file.header().columnName(index), "a node needs an id");
        }
        return id;
    }

    /** The labels in a {@code :LABEL} cell; empty elements (as in {@code Person;}) are skipped. */
    private Set<String> labels(String cell) {
        Set<String> labels = new LinkedHashSet<>();
        for (String label : cells.split(cell)) {
            if (!label.isBlank()) {
                labels.add(label.strip());
            }
        }
        return labels;
    }
}
