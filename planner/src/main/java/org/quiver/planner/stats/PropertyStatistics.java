package org.quiver.planner.stats;

/** How many elements of a group have a property ({@code nonNull}) and how many distinct values it takes. */
public record PropertyStatistics(long nonNull, long distinct) {
    public PropertyStatistics {
        if (nonNull < 0 || distinct < 0) {
            throw new IllegalArgumentException("negative property statistics");
        }
    }
}
