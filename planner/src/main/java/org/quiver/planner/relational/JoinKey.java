package org.quiver.planner.relational;

import java.util.Objects;

/** {@code left.leftColumn = right.rightColumn}. */
public record JoinKey(String leftColumn, String rightColumn) {
    public JoinKey {
        Objects.requireNonNull(leftColumn, "leftColumn");
        Objects.requireNonNull(rightColumn, "rightColumn");
    }
}
