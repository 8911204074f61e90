package org.quiver.cli;

/** The text of {@code quiver --help} and {@code quiver query --help}. */
final class HelpText {
    static final String MAIN = """
            quiver - openCypher queries over graphs of CSV files, run on Apache Spark

            Usage:
              quiver query --graph DIR [options] QUERY
              quiver query --graph DIR [options] --file FILE
              quiver shell [--graph DIR] [--catalog [NAME=]DIR] [--timeout T]
              quiver schema (--graph DIR | --catalog DIR --name G) [--format F]
              quiver --help
              quiver --version

            Commands:
              query        run Cypher on a graph directory and print the result
              shell        an interactive Cypher shell on a graph
              schema       the labels, relationship types, property keys and counts
                           of a graph, as text or as a Graphviz picture

            Run 'quiver COMMAND --help' for its options.
            """;

    static final String QUERY = """
            Usage: quiver query (--graph DIR | --catalog DIR) [options] (QUERY | --file FILE)

            Loads the graph in DIR (a stored graph, or CSV files with neo4j-admin import
            headers) and runs the Cypher QUERY, or every ';'-separated statement of FILE
            in order, on it.

            Options:
              --graph DIR            the graph directory (without it, an empty graph;
                                     one of --graph and --catalog is required)
              --catalog [NAME=]DIR   a directory of stored graphs as namespace NAME
                                     (default: the directory's name): queries read
                                     FROM GRAPH NAME.g and CATALOG CREATE GRAPH NAME.g
                                     stores g there. Repeat for more
              --timeout T            stop a statement whose Spark work takes longer than
                                     T (30s, 500ms, 2m, 1h; a bare number is seconds)
              --format FORMAT        table (default), json, csv, or arrow: an Arrow IPC
                                     file (needs --output; of a --file script, the
                                     last statement's rows, the others run unprinted)
              --output FILE          write the results to FILE instead of standard
                                     output
              --param NAME=VALUE     binds $NAME; VALUE is a Cypher literal: 42, 1.5,
                                     'text', "text", true, false, null, [1, 2], {a: 1}.
                                     A bare word that is no literal is a string.
                                     Repeat for more parameters.
              --file FILE            run the statements of FILE; errors name its lines.
                                     A failed statement is reported and the next one
                                     runs (with --format json: one line per statement,
                                     {"columns":...,"rows":...} or {"error":...})
              --save DIR             store the graph the (last) statement returns in DIR,
                                     as its next version (an update such as CREATE
                                     returns the updated graph)
              --save-format F        delta (default), parquet, orc or csv
              --delimiter C          field delimiter of the CSV files (default ','; TAB
                                     or \\t for a tab)
              --array-delimiter C    delimiter of array elements in a field (default ';')
              --verbose              Spark's INFO log, and stack traces of errors
              -h, --help             this help

            Exit codes:
              0  success
              1  a query failed, or the graph's data is bad
              2  usage error, or an unreadable file or graph directory
            """;

    static final String SHELL = """
            Usage: quiver shell [--graph DIR] [--catalog [NAME=]DIR] [--timeout T] [--verbose]

            An interactive Cypher shell on the graph in DIR (an empty graph without
            --graph). Statements end with ';' and may take several lines; a statement
            that changes the graph (CREATE, SET, MERGE, DELETE) makes the next ones see
            the changed graph. Type :help in the shell for its commands (:schema,
            :graphs, :explain, :param, :timing, :quit). Tab completes keywords, labels,
            relationship types and property keys; Ctrl-C stops a running query. The
            lines typed are kept in ~/.quiver_history.

            Options:
              --graph DIR            the graph directory
              --catalog [NAME=]DIR   a directory of stored graphs as namespace NAME, as
                                     for quiver query. Repeat for more
              --timeout T            stop a statement whose Spark work takes longer than T
              --verbose              Spark's INFO log, and stack traces of errors
              -h, --help             this help
            """;

    static final String SCHEMA = """
            Usage: quiver schema (--graph DIR | --catalog [NAME=]DIR --name G) [--format F]

            Describes a graph: its label combinations with node counts, its relationship
            types with counts and the label combinations they connect, and the property
            keys of each with their Cypher types.

            Options:
              --graph DIR            the graph directory
              --catalog [NAME=]DIR   a directory of stored graphs; --name G picks graph G
                                     (NAME.G when several catalogs are given)
              --format F             text (default): an aligned listing; dot: Graphviz,
                                     a box per label combination and an arrow per
                                     (source, type, target) with its count; svg: the
                                     dot picture drawn by Graphviz's dot (if installed)
              --verbose              Spark's INFO log, and stack traces of errors
              -h, --help             this help
            """;

    private HelpText() {
    }
}
