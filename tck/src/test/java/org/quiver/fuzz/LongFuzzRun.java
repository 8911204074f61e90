package org.quiver.fuzz;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * The fuzzer's long run, opt-in: {@code ./mvnw -B -o -pl tck -am verify -Pfuzz-long -Dtest=LongFuzzRun
 * -Dsurefire.failIfNoSpecifiedTests=false} (about 25 minutes on two cores). Fresh seeds
 * each time; jqwik prints the seed of a failing input to repeat it.
 */
@Tag("fuzz-long")
class LongFuzzRun {
    @Provide
    Arbitrary<String> inputs() {
        return FuzzInputs.any();
    }

    @Property(tries = 200_000)
    void everyInputCompilesToAPlanOrAPositionedError(@ForAll("inputs") String query) {
        assertTimeoutPreemptively(QueryFuzzProperties.COMPILE_HANG, () -> FuzzTarget.compile(query),
                () -> "compiling hangs: " + query);
    }

    @Property(tries = 5_000)
    void everyInputRunsToRowsOrACypherError(@ForAll("inputs") String query) {
        assertTimeoutPreemptively(QueryFuzzProperties.RUN_HANG, () -> FuzzTarget.run(query),
                () -> "running hangs: " + query);
    }

    @AfterContainer
    static void report() {
        FuzzReport.write("long", FuzzTarget.outcomes());
    }
}
