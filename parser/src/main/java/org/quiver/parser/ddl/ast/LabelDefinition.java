package org.quiver.parser.ddl.ast;

import java.util.Objects;
import java.util.Optional;

/** {@code LABEL name [properties]}; without a label, the properties of an unlabelled table. */
public record LabelDefinition(Optional<Name> label, PropertiesClause properties) {
    public LabelDefinition {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(properties, "properties");
    }
}
