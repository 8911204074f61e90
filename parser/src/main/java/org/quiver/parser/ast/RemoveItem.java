package org.quiver.parser.ast;

import java.util.List;
import java.util.Objects;

/** One item of {@code REMOVE}. */
public sealed interface RemoveItem extends AstNode {

    /** {@code subject.key}. */
    record RemoveProperty(PropertyAccess target, Span span) implements RemoveItem {
        public RemoveProperty {
            Objects.requireNonNull(target, "target");
        }
    }

    /** {@code variable:Label:Other}. */
    record RemoveLabels(Variable target, List<String> labels, Span span) implements RemoveItem {
        public RemoveLabels {
            Objects.requireNonNull(target, "target");
            labels = List.copyOf(labels);
        }
    }
}
