package org.quiver.format;

import java.io.IOException;
import java.io.Writer;
import java.time.Duration;
import org.quiver.api.CypherResult;

/**
 * A result as one JSON object on one line: {@code {"columns":["a","b"],"rows":[[1,"x"],[2,null]]}}.
 * Values are written as {@link JsonWriter#value} describes. The elapsed time is not part of it.
 */
public final class JsonFormat implements ResultFormat {

    @Override
    public void write(CypherResult result, Duration elapsed, Writer out) throws IOException {
        new JsonWriter(out)
                .beginObject()
                .member("columns", result.columns(), true)
                .member("rows", result.rows(), false)
                .endObject();
        out.write('\n');
    }
}
