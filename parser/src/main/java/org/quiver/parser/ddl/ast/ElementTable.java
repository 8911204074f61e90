package org.quiver.parser.ddl.ast;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.quiver.parser.ast.Span;

/**
 * A table of the mapping: {@code table [AS alias] [KEY (columns)] [LABEL name [properties]]…}.
 * An empty {@code key} was not written; {@code labels} holds at least one definition, whose label is
 * empty when the statement names none (the alias is then the label).
 */
public record ElementTable(QualifiedName table, Optional<Name> alias, List<Name> key, List<LabelDefinition> labels,
        Span span) {
    public ElementTable {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(alias, "alias");
        key = List.copyOf(key);
        labels = List.copyOf(labels);
        Objects.requireNonNull(span, "span");
        if (labels.isEmpty()) {
            throw new IllegalArgumentException("an element table has at least one label definition");
        }
    }

    /** The name other tables use to reference this one: the alias, else the table's last name part. */
    public Name elementName() {
        return alias.orElse(table.last());
    }
}
