package org.quiver.parser.ddl.ast;

import java.util.Objects;

/** A relationship table: an element table with the references of its two ends. */
public record RelationshipTableDefinition(ElementTable element, EndpointReference source,
        EndpointReference destination) {
    public RelationshipTableDefinition {
        Objects.requireNonNull(element, "element");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(destination, "destination");
    }
}
