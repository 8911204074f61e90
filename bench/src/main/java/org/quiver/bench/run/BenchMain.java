package org.quiver.bench.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.SparkSession;
import org.quiver.api.LocalSpark;
import org.quiver.api.QuiverSession;
import org.quiver.bench.generate.NetworkSize;
import org.quiver.bench.generate.SocialNetworkGenerator;
import org.quiver.bench.graph.BenchGraph;
import org.quiver.bench.graph.TableLayout;
import org.quiver.bench.query.BenchQuery;
import org.quiver.bench.query.QueryCatalog;

/**
 * The benchmark runner: for each size, generates the network (once; kept under {@code --graphs}),
 * loads it, checks and times every query, and rewrites {@code report.md} / {@code report.json}
 * after each query, so a run stopped early still leaves its figures.
 *
 * <pre>
 * ./mvnw -B -o -q -pl bench -am compile exec:exec -Dbench.args="--persons 7500,25000,75000"
 * </pre>
 *
 * Options: {@code --persons N,N,…} (default 2000), {@code --seed S} (42), {@code --warmups W} (1),
 * {@code --runs R} (5), {@code --min-seconds S} (0: more timed runs, up to four times R, while a
 * side's runs add up to less than S), {@code --limit SECONDS} per run (600), {@code --budget SECONDS} per query (3600),
 * {@code --queries NAME,…} (all),
 * {@code --graphs DIR} (target/graphs), {@code --out DIR} (target), {@code --master M} (local[*]),
 * {@code --layouts parquet,delta,bucketed} (parquet: see {@link TableLayout}).
 * Paths are relative to the bench module when run through Maven.
 */
public final class BenchMain {
    private BenchMain() {
    }

    public static void main(String[] args) {
        RunSettings settings = parse(args);
        SparkSession spark = LocalSpark.create(settings.master());
        spark.sparkContext().setLogLevel("WARN");
        try (QuiverSession quiver = QuiverSession.of(spark)) {
            run(quiver, settings);
        } finally {
            spark.stop();
        }
    }

    private static void run(QuiverSession quiver, RunSettings settings) {
        Map<String, Object> environment = new LinkedHashMap<>();
        environment.put("date", java.time.Instant.now().toString());
        environment.put("spark", quiver.spark().version());
        environment.put("master", settings.master());
        environment.put("cores", (long) Runtime.getRuntime().availableProcessors());
        environment.put("maxHeapMb", Runtime.getRuntime().maxMemory() >> 20);
        environment.put("seed", settings.seed());
        ReportWriter report = new ReportWriter(settings, environment);
        List<BenchQuery> queries = QueryCatalog.all().stream()
                .filter(q -> settings.only().isEmpty() || settings.only().contains(q.name())).toList();
        List<ScaleResult> results = new ArrayList<>();
        for (int persons : settings.persons()) {
            Path dir = settings.graphs().resolve("p" + persons + "-s" + settings.seed());
            long start = System.nanoTime();
            double generated = Double.NaN;
            if (!Files.exists(dir.resolve(SocialNetworkGenerator.PARAMETERS_FILE))) {
                log("generating %d persons into %s", persons, dir);
                SocialNetworkGenerator.generate(dir, new NetworkSize(persons), settings.seed());
                generated = seconds(start);
            }
            for (TableLayout layout : settings.layouts()) {
                start = System.nanoTime();
                BenchGraph graph = BenchGraph.load(quiver, dir, settings.graphs(), layout);
                double loaded = seconds(start);
                long nodes = graph.nodeCount();
                long relationships = graph.relationshipCount();
                log("%d persons (%s): %d nodes, %d relationships, loaded in %.1f s", persons, layout.id(), nodes,
                        relationships, loaded);
                Map<String, Object> parameters = SocialNetworkGenerator.readParameters(dir);
                QueryRunner runner = new QueryRunner(quiver, graph, parameters, settings.limitSeconds());
                List<QueryOutcome> outcomes = new ArrayList<>();
                Path plans = settings.reportDir().resolve("plans").resolve("p" + persons + "-" + layout.id());
                for (BenchQuery query : queries) {
                    QueryOutcome outcome = runner.measure(query, settings.warmups(), settings.runs(), settings.minSeconds(),
                            settings.budgetSeconds());
                    log("  %-20s %-11s rows %-7d Quiver %8.0f ms  baseline %8.0f ms  ratio %.2f %s", query.name(),
                            outcome.status(), outcome.rows(), outcome.quiver().medianTotal(),
                            outcome.baseline().medianTotal(), outcome.ratio(), outcome.detail());
                    outcomes.add(outcome);
                    writePlans(plans.resolve(query.name() + ".txt"), runner, query);
                    List<ScaleResult> soFar = new ArrayList<>(results);
                    soFar.add(new ScaleResult(persons, layout, nodes, relationships, generated, loaded, outcomes));
                    report.write(settings.reportDir(), soFar);
                }
                results.add(new ScaleResult(persons, layout, nodes, relationships, generated, loaded, outcomes));
                generated = Double.NaN;
            }
        }
        log("report: %s", settings.reportDir().resolve("report.md").toAbsolutePath());
    }

    private static void writePlans(Path file, QueryRunner runner, BenchQuery query) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, runner.plans(query));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            log("  (no plans for %s: %s)", query.name(), e);
        }
    }

    static RunSettings parse(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 == args.length) {
                throw new IllegalArgumentException("expected --option value, got " + Arrays.toString(args));
            }
            options.put(args[i].substring(2), args[++i]);
        }
        Set<String> known = Set.of("persons", "seed", "warmups", "runs", "min-seconds", "limit", "budget", "graphs",
                "out", "queries", "master", "layouts");
        for (String name : options.keySet()) {
            if (!known.contains(name)) {
                throw new IllegalArgumentException("unknown option --" + name + "; options: " + known);
            }
        }
        List<Integer> persons = Arrays.stream(options.getOrDefault("persons", "2000").split(","))
                .map(String::trim).map(Integer::parseInt).sorted().toList();
        Set<String> only = options.containsKey("queries")
                ? Set.of(options.get("queries").split(",")) : Set.of();
        return new RunSettings(persons, Long.parseLong(options.getOrDefault("seed", "42")),
                Integer.parseInt(options.getOrDefault("warmups", "1")),
                Integer.parseInt(options.getOrDefault("runs", "5")),
                Double.parseDouble(options.getOrDefault("min-seconds", "0")),
                Long.parseLong(options.getOrDefault("limit", "600")),
                Long.parseLong(options.getOrDefault("budget", "3600")),
                Path.of(options.getOrDefault("graphs", "target/graphs")),
                Path.of(options.getOrDefault("out", "target")), only,
                options.getOrDefault("master", "local[*]"),
                Arrays.stream(options.getOrDefault("layouts", "parquet").split(",")).map(TableLayout::named).toList());
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static void log(String format, Object... args) {
        System.out.println(String.format(java.util.Locale.ROOT, format, args));
    }
}
