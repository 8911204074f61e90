package org.quiver.shell;

/** What {@code :help} prints. */
final class ShellHelp {
    static final String TEXT = """
            Type Cypher and end it with ';' (a statement may take several lines). Tab completes
            keywords, :Labels, :TYPES and property keys of the graph. Ctrl-C stops a running
            query (or clears the line), Ctrl-D or :quit leaves.

            Commands:
              :help                  this text
              :graphs                the catalog's namespaces and the graphs in each
              :schema                labels, relationship types, property keys and counts
              :explain QUERY         the plans of QUERY, without running it
              :param NAME => VALUE   binds $NAME to a Cypher literal (42, 'text', [1, 2], {a: 1})
              :params                the parameters bound
              :param clear           unbinds them all
              :timing                shows (or stops showing) how long each statement took
              :quit, :exit           leave the shell
            """;

    private ShellHelp() {
    }
}
