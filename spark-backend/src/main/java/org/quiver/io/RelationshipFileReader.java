package org.quiver.io;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.quiver.parser.error.DataError;

/**
 * Reads one relationship file after all node files: gives its rows consecutive graph ids from
 * {@code firstId}, resolves {@code :START_ID} and {@code :END_ID} in their ID spaces, and takes the
 * type from the {@code :TYPE} column when there is one (an empty cell is an error), otherwise
 * {@code fileType}.
 */
final class RelationshipFileReader {
    private final CsvFileReader file;
    private final CellParser cells;
    private final IdSpaces ids;
    private final String fileType;

    private RelationshipFileReader(CsvFileReader file, char arrayDelimiter, IdSpaces ids, String fileType) {
        this.file = file;
        this.cells = new CellParser(file.source(), arrayDelimiter);
        this.ids = ids;
        this.fileType = fileType;
    }

    static RelationshipFile read(CsvFileReader file, char arrayDelimiter, IdSpaces ids, String fileType,
            long firstId) {
        file.header().checkRelationshipFile();
        if (fileType.isBlank() && file.header().indexOf(TypeColumn.class) < 0) {
            throw new DataError(file.source(), file.header().line(), ":TYPE",
                    "without a :TYPE column the type comes from the file name, and this one gives none");
        }
        return new RelationshipFileReader(file, arrayDelimiter, ids, fileType).rows(firstId);
    }

    private RelationshipFile rows(long firstId) {
        CsvHeader header = file.header();
        int typeIndex = header.indexOf(TypeColumn.class);
        List<RelationshipRow> rows = new ArrayList<>();
        long nextId = firstId;
        for (var next = file.next(); next.isPresent(); next = file.next()) {
            CsvRecord record = next.get();
            long source = 0;
            long target = 0;
            Map<String, Object> properties = new HashMap<>();
            for (int i = 0; i < header.size(); i++) {
                HeaderColumn column = header.column(i);
                if (column instanceof StartIdColumn start) {
                    source = node(start.space(), record, i);
                } else if (column instanceof EndIdColumn end) {
                    target = node(end.space(), record, i);
                } else if (column instanceof PropertyColumn property) {
                    Object value = cells.parse(record.field(i), property.type(), record.line(), property.name());
                    if (value != null) {
                        properties.put(property.key(), value);
                    }
                }
            }
            String type = typeIndex < 0 ? fileType : type(record, typeIndex);
            rows.add(new RelationshipRow(nextId++, type, source, target, properties));
        }
        return new RelationshipFile(header, rows);
    }

    private long node(IdSpace space, CsvRecord record, int index) {
        String id = record.field(index).text();
        String column = file.header().columnName(index);
        if (id.isEmpty()) {
            throw new DataError(file.source(), record.line(), column, "a relationship needs both endpoint ids");
        }
        return ids.resolve(space, id, file.source(), record.line(), column);
    }

    private String type(CsvRecord record, int index) {
        String type = record.field(index).text().strip();
        if (type.isEmpty()) {
            throw new DataError(file.source(), record.line(), file.header().columnName(index),
                    "a relationship needs a type");
        }
        return type;
    }
}
