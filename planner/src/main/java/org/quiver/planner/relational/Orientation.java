package org.quiver.planner.relational;

/**
 * How a relationship scan orients its rows: {@code near}/{@code far} are the source/target
 * ({@code FORWARD}), the target/source ({@code BACKWARD}), or both ways ({@code EITHER}: each
 * relationship twice, a self-loop once).
 */
public enum Orientation {
    FORWARD, BACKWARD, EITHER
}
