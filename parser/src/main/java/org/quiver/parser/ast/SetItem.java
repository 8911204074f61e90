package org.quiver.parser.ast;

import java.util.List;
import java.util.Objects;

/** One item of {@code SET}. */
public sealed interface SetItem extends AstNode {

    /** {@code subject.key = value}; the target is a property access on any expression. */
    record SetProperty(PropertyAccess target, Expression value, Span span) implements SetItem {
        public SetProperty {
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(value, "value");
        }
    }

    /** {@code variable = map} ({@code merge} false) or {@code variable += map} ({@code merge} true). */
    record SetProperties(Variable target, Expression value, boolean merge, Span span) implements SetItem {
        public SetProperties {
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(value, "value");
        }
    }

    /** {@code variable:Label:Other}. */
    record SetLabels(Variable target, List<String> labels, Span span) implements SetItem {
        public SetLabels {
            Objects.requireNonNull(target, "target");
            labels = List.copyOf(labels);
        }
    }
}
