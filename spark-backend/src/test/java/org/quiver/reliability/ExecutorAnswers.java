package org.quiver.reliability;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.SparkSession;
import org.quiver.api.LocalSpark;
import org.quiver.api.QuiverSession;
import org.quiver.reliability.ConcurrentStatements.Run;
import org.quiver.reliability.ConcurrentStatements.Statement;

/**
 * The answers {@link ExecutorCountTest} compares across Spark masters, each as one line of text:
 * the concurrency tests' base graph (made by CREATE) and a read, CREATE and MERGE of theirs, and a
 * MERGE that numbers the nodes and relationships it creates from aggregated rows. Run as a program, it
 * starts Spark on the master given and writes the lines to a file, so that a cluster master runs
 * in a JVM of its own.
 */
final class ExecutorAnswers {
    private static final String PEOPLE = "UNWIND range(0, 59) AS k CREATE (:Person {k: k, city: 'city' + (k * 7 % 11)})";
    private static final String MERGE_TOWNS = "MATCH (p:Person) WITH p.city AS city, count(*) AS people"
            + " MERGE (t:Town {name: city}) ON CREATE SET t.people = people"
            + " WITH t MATCH (p:Person {city: t.name}) MERGE (p)-[r:LIVES_IN]->(t)"
            + " RETURN p.k AS person, id(t) AS town, id(r) AS lives ORDER BY person";

    /** A few of the concurrency tests' statements: a cluster run pays seconds for each Spark job. */
    private static final Set<String> STATEMENTS = Set.of("expand", "create", "merge");

    private ExecutorAnswers() {
    }

    /** Usage: {@code ExecutorAnswers <master> <output file>}. */
    public static void main(String[] args) throws IOException {
        SparkSession spark = LocalSpark.create(args[0]);
        try {
            // The settings of TestSpark, which gives the answers of local[2].
            spark.conf().set("spark.sql.shuffle.partitions", "2");
            spark.conf().set("spark.sql.adaptive.enabled", "false");
            Files.write(Path.of(args[1]), answers(QuiverSession.of(spark)), StandardCharsets.UTF_8);
        } finally {
            spark.stop();
        }
    }

    static List<String> answers(QuiverSession quiver) {
        List<String> lines = new ArrayList<>();
        ConcurrentStatements.storeBaseGraph(quiver);
        lines.add("base: " + quiver.cypher("FROM GRAPH " + ConcurrentStatements.BASE + " "
                + ConcurrentStatements.DUMP).rows());
        for (Statement statement : ConcurrentStatements.all()) {
            if (!STATEMENTS.contains(statement.name())) {
                continue;
            }
            lines.add(statement.name() + ": " + statement.answer().apply(new Run(quiver, "executors")));
        }
        var people = quiver.cypher(quiver.emptyGraph(), PEOPLE).graph();
        var towns = quiver.cypher(people, MERGE_TOWNS);
        lines.add("merge towns: " + towns.rows());
        lines.add("merged graph: " + quiver.cypher(towns.graph(), ConcurrentStatements.DUMP).rows());
        return lines;
    }
}
