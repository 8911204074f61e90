package org.quiver.bench.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.quiver.bench.graph.TableLayout;
import org.quiver.format.JsonWriter;

/**
 * Writes {@code report.md} (tables for people) and {@code report.json} (the same figures for
 * tools) from the results of all scales, smallest first.
 */
final class ReportWriter {
    private final RunSettings settings;
    private final Map<String, Object> environment;

    ReportWriter(RunSettings settings, Map<String, Object> environment) {
        this.settings = settings;
        this.environment = environment;
    }

    void write(Path dir, List<ScaleResult> scales) {
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("report.md"), markdown(scales), StandardCharsets.UTF_8);
            Files.writeString(dir.resolve("report.json"), JsonWriter.toJson(json(scales)) + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String markdown(List<ScaleResult> scales) {
        StringBuilder md = new StringBuilder("# Quiver benchmark: Cypher vs hand-written DataFrames\n\n");
        environment.forEach((k, v) -> md.append("- ").append(k).append(": ").append(v).append('\n'));
        md.append("- runs: ").append(settings.warmups()).append(" warm-up, then ").append(settings.runs())
                .append(" timed runs of each side, alternating")
                .append(settings.minSeconds() > 0 ? ", more (up to " + QueryRunner.MAX_RUNS_FACTOR * settings.runs()
                        + ") while a side's runs add up to less than " + settings.minSeconds() + " s" : "")
                .append("; medians shown\n");
        md.append("""
                - Quiver ms = `cypher()` (parse, plan, lower, build the DataFrame) + execution; plan ms is the \
                parse + analysis + logical optimization part of it. Baseline ms = building its DataFrame + \
                execution. Execution writes every row to Spark's `noop` sink.
                - ratio = Quiver ms / baseline ms (below 1: Quiver faster); the geometric mean takes the \
                queries with status ok.

                """);
        for (ScaleResult scale : scales) {
            String generated = Double.isNaN(scale.generateSeconds()) ? "network reused"
                    : String.format(Locale.ROOT, "generated in %.1f s", scale.generateSeconds());
            md.append(String.format(Locale.ROOT, "## %,d persons, %s: %,d nodes, %,d relationships (%s, loaded in %.1f s)%n%n",
                    scale.persons(), scale.layout().description(), scale.nodes(), scale.relationships(), generated,
                    scale.loadSeconds()));
            md.append(String.format(Locale.ROOT, "Geometric mean ratio: **%s**%n%n", ratio(scale.geometricMeanRatio())));
            md.append("| query | status | rows | Quiver ms | plan ms | execute ms | baseline ms | ratio | runs |\n");
            md.append("|---|---|---:|---:|---:|---:|---:|---:|---:|\n");
            for (QueryOutcome o : scale.outcomes()) {
                md.append(String.format(Locale.ROOT, "| %s | %s | %d | %s | %s | %s | %s | %s | %d/%d |%n",
                        o.query().name(), status(o), o.rows(), ms(o.quiver().medianTotal()), ms(o.quiver().medianPlan()),
                        ms(o.quiver().medianExecute()), ms(o.baseline().medianTotal()), ratio(o.ratio()),
                        o.quiver().size(), o.baseline().size()));
            }
            md.append('\n');
            for (QueryOutcome o : scale.outcomes()) {
                if (o.status() != Status.OK) {
                    md.append("- ").append(o.query().name()).append(": ").append(o.detail()).append('\n');
                }
            }
            md.append('\n');
        }
        TableLayout first = scales.get(0).layout();
        List<ScaleResult> series = scales.stream().filter(s -> s.layout() == first).toList();
        if (series.size() > 1) {
            seriesTable(md, series);
        }
        if (series.size() < scales.size()) {
            layoutTable(md, scales);
        }
        md.append("## Queries\n\n");
        for (QueryOutcome o : scales.get(0).outcomes()) {
            md.append("### ").append(o.query().name()).append(": ").append(o.query().description()).append("\n\n```\n")
                    .append(o.query().cypher()).append("\n```\n\n");
        }
        return md.toString();
    }

    private static void seriesTable(StringBuilder md, List<ScaleResult> scales) {
        ScaleResult first = scales.get(0);
        ScaleResult last = scales.get(scales.size() - 1);
        md.append("## Scale series: median ms, Quiver / baseline\n\n| query |");
        scales.forEach(s -> md.append(String.format(Locale.ROOT, " %,d persons |", s.persons())));
        md.append(String.format(Locale.ROOT, " growth ×%.0f data: Quiver / baseline |%n|---|",
                (double) last.relationships() / first.relationships()));
        scales.forEach(s -> md.append("---:|"));
        md.append("---:|\n");
        for (int q = 0; q < first.outcomes().size(); q++) {
            md.append("| ").append(first.outcomes().get(q).query().name()).append(" |");
            for (ScaleResult scale : scales) {
                if (q >= scale.outcomes().size()) {
                    md.append(" … |");
                    continue;
                }
                QueryOutcome o = scale.outcomes().get(q);
                md.append(' ').append(ms(o.quiver().medianTotal())).append(" / ").append(ms(o.baseline().medianTotal()))
                        .append(" |");
            }
            if (q >= last.outcomes().size()) {
                md.append(" |\n");
                continue;
            }
            QueryOutcome a = first.outcomes().get(q);
            QueryOutcome b = last.outcomes().get(q);
            md.append(String.format(Locale.ROOT, " ×%s / ×%s |%n", factor(b.quiver().medianTotal() / a.quiver().medianTotal()),
                    factor(b.baseline().medianTotal() / a.baseline().medianTotal())));
        }
        md.append("| geometric mean ratio |");
        scales.forEach(s -> md.append(' ').append(ratio(s.geometricMeanRatio())).append(" |"));
        md.append(" |\n\n");
    }

    /** Per size, each query's medians in every layout, and their ratio to the first layout's. */
    private static void layoutTable(StringBuilder md, List<ScaleResult> scales) {
        md.append("## Table layouts: median ms, Quiver / baseline (× the first layout's Quiver time)\n\n");
        for (int persons : scales.stream().map(ScaleResult::persons).distinct().toList()) {
            List<ScaleResult> layouts = scales.stream().filter(s -> s.persons() == persons).toList();
            ScaleResult base = layouts.get(0);
            md.append(String.format(Locale.ROOT, "### %,d persons%n%n| query |", persons));
            layouts.forEach(s -> md.append(' ').append(s.layout().id()).append(" |"));
            md.append("\n|---|");
            layouts.forEach(s -> md.append("---:|"));
            md.append('\n');
            for (int q = 0; q < base.outcomes().size(); q++) {
                md.append("| ").append(base.outcomes().get(q).query().name()).append(" |");
                double baseTime = base.outcomes().get(q).quiver().medianTotal();
                for (ScaleResult layout : layouts) {
                    if (q >= layout.outcomes().size()) {
                        md.append(" … |");
                        continue;
                    }
                    QueryOutcome o = layout.outcomes().get(q);
                    md.append(' ').append(ms(o.quiver().medianTotal())).append(" / ").append(ms(o.baseline().medianTotal()));
                    if (layout != base) {
                        md.append(" (×").append(ratio(o.quiver().medianTotal() / baseTime)).append(')');
                    }
                    md.append(" |");
                }
                md.append('\n');
            }
            md.append("| geometric mean ratio Quiver / baseline |");
            layouts.forEach(s -> md.append(' ').append(ratio(s.geometricMeanRatio())).append(" |"));
            md.append("\n\n");
        }
    }

    private Map<String, Object> json(List<ScaleResult> scales) {
        Map<String, Object> root = new LinkedHashMap<>(environment);
        root.put("warmups", (long) settings.warmups());
        root.put("runs", (long) settings.runs());
        root.put("minSeconds", settings.minSeconds());
        List<Object> list = new ArrayList<>();
        for (ScaleResult scale : scales) {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("persons", (long) scale.persons());
            s.put("layout", scale.layout().id());
            s.put("nodes", scale.nodes());
            s.put("relationships", scale.relationships());
            s.put("generateSeconds", scale.generateSeconds());
            s.put("loadSeconds", scale.loadSeconds());
            s.put("geometricMeanRatio", scale.geometricMeanRatio());
            List<Object> queries = new ArrayList<>();
            for (QueryOutcome o : scale.outcomes()) {
                Map<String, Object> q = new LinkedHashMap<>();
                q.put("name", o.query().name());
                q.put("status", o.status().name().toLowerCase(Locale.ROOT));
                q.put("detail", o.detail());
                q.put("rows", o.rows());
                q.put("quiverMs", o.quiver().medianTotal());
                q.put("quiverPlanMs", o.quiver().medianPlan());
                q.put("quiverPrepareMs", o.quiver().medianPrepare());
                q.put("quiverExecuteMs", o.quiver().medianExecute());
                q.put("quiverRuns", (long) o.quiver().size());
                q.put("baselineMs", o.baseline().medianTotal());
                q.put("baselineExecuteMs", o.baseline().medianExecute());
                q.put("baselineRuns", (long) o.baseline().size());
                q.put("ratio", o.ratio());
                queries.add(q);
            }
            s.put("queries", queries);
            list.add(s);
        }
        root.put("scales", list);
        return root;
    }

    private static String status(QueryOutcome o) {
        return switch (o.status()) {
            case OK -> "ok";
            case MISMATCH -> "**mismatch**";
            case UNSUPPORTED -> "unsupported";
            case ERROR -> "**error**";
            case TIMEOUT -> "timeout";
        };
    }

    private static String ms(double value) {
        return Double.isNaN(value) ? "–" : String.format(Locale.ROOT, "%.0f", value);
    }

    private static String ratio(double value) {
        return Double.isNaN(value) ? "–" : String.format(Locale.ROOT, "%.2f", value);
    }

    private static String factor(double value) {
        return Double.isNaN(value) || Double.isInfinite(value) ? "–" : String.format(Locale.ROOT, "%.1f", value);
    }
}
