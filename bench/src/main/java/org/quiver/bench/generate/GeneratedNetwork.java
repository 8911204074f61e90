package org.quiver.bench.generate;

import java.nio.file.Path;
import java.util.Map;

/** What {@link SocialNetworkGenerator#generate} wrote: where, how much, and the query parameters chosen. */
public record GeneratedNetwork(Path dir, NetworkSize size, long seed, long nodes, long relationships,
        Map<String, Object> parameters) {
    public GeneratedNetwork {
        parameters = Map.copyOf(parameters);
    }
}
