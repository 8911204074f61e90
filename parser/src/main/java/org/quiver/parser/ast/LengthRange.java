package org.quiver.parser.ast;

import java.util.OptionalLong;

/**
 * The {@code *} of a variable-length relationship: {@code *} (both bounds absent), {@code *3}
 * (min = max = 3), {@code *2..}, {@code *..5}, {@code *2..5}.
 */
public record LengthRange(OptionalLong min, OptionalLong max, Span span) implements AstNode {
    public LengthRange {
        if (min == null || max == null) {
            throw new NullPointerException("bounds");
        }
    }
}
