package org.quiver.planner.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.quiver.parser.QueryParser;
import org.quiver.planner.PlannedQuery;
import org.quiver.planner.PlannerOptions;
import org.quiver.planner.QueryPlanner;
import java.util.OptionalDouble;
import org.quiver.planner.explain.PlanTree;
import org.quiver.planner.logical.LogicalOp;
import org.quiver.planner.semantic.Segment;
import org.quiver.planner.stats.CardinalityEstimator;

/**
 * The optimized plan of each file in {@code src/test/resources/plans}, with estimated rows, must be
 * the one written there. {@code -Dquiver.updatePlans=true} rewrites the files with today's plans
 * (then read the diff before committing it).
 */
class GoldenPlanTest {
    private static final Path DIRECTORY = Path.of("src/test/resources/plans");

    @TestFactory
    Stream<DynamicTest> plansMatchTheirFiles() throws IOException {
        boolean update = Boolean.getBoolean("quiver.updatePlans");
        List<Path> files;
        try (Stream<Path> listed = Files.list(DIRECTORY)) {
            files = listed.filter(p -> p.toString().endsWith(".plan")).sorted().toList();
        }
        return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            PlanCase planCase = PlanCase.read(file);
            String plan = render(planCase);
            if (update) {
                Files.writeString(file, planCase.text(plan));
            } else {
                assertEquals(planCase.expected(), plan.strip(), "plan of " + file);
            }
        }));
    }

    static String render(PlanCase planCase) {
        StatisticsStub stub = StatisticsStub.parse(planCase.statistics());
        PlannedQuery planned = QueryPlanner.plan(planCase.query(), QueryParser.parse(planCase.query()), stub.schema(),
                Map.of(), PlannerOptions.DEFAULTS.withDisabledRules(planCase.disabled()), name -> stub.schema(),
                stub::statistics);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < planned.optimized().size(); i++) {
            Segment segment = planned.optimized().get(i);
            if (planned.optimized().size() > 1) {
                out.append("Part ").append(i + 1).append('\n');
            }
            CardinalityEstimator estimator = new CardinalityEstimator(stub.statistics());
            out.append(PlanTree.of(segment.plan(), op -> op instanceof LogicalOp l
                    ? OptionalDouble.of(estimator.rows(l)) : OptionalDouble.empty()).text());
        }
        return out.toString();
    }
}
