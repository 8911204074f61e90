package org.quiver.parser.ast;

import java.util.Objects;

/** {@code CREATE pattern}. */
public record Create(Pattern pattern, Span span) implements Clause {
    public Create {
        Objects.requireNonNull(pattern, "pattern");
    }
}
