package org.quiver.format;

import java.io.IOException;
import java.io.Writer;
import java.time.Duration;
import org.quiver.api.CypherResult;

/**
 * A way to print a query result. Writing reads {@link CypherResult#rows()}, so it runs the query if
 * the caller has not; callers that report the time a query took run it first and pass the time.
 */
public interface ResultFormat {
    /**
     * Writes the result, ending with a line break.
     *
     * @param elapsed how long the query took; formats meant for people show it, data formats do not
     */
    void write(CypherResult result, Duration elapsed, Writer out) throws IOException;
}
