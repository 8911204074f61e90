package org.quiver.io;

/** What one column of a CSV header declares: an id, labels, a type, an endpoint, a property, or nothing. */
sealed interface HeaderColumn
        permits IdColumn, LabelColumn, TypeColumn, StartIdColumn, EndIdColumn, IgnoredColumn, PropertyColumn {

    /** The header field as written (trimmed), e.g. {@code since:int}; errors name the column by it. */
    String name();
}
