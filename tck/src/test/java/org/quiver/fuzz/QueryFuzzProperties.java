package org.quiver.fuzz;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * The query fuzzer as CI runs it, with fixed seeds so that a run is repeatable: every input ends
 * in a plan, rows or a {@link org.quiver.parser.error.CypherException}, never another exception,
 * a stack overflow or a hang. {@link LongFuzzRun} runs the same checks far longer, with fresh seeds,
 * and also runs the inputs on Spark (not in CI, for its length; lists and maps nested past 64 levels, which
 * made Spark's code generation hang, are refused by the binder since).
 */
class QueryFuzzProperties {
    /** Far above any compile time seen; reaching it means the compiler hangs on the input. */
    static final Duration COMPILE_HANG = Duration.ofSeconds(60);
    static final Duration RUN_HANG = Duration.ofMinutes(2);

    @Provide
    Arbitrary<String> inputs() {
        return FuzzInputs.any();
    }

    @Property(tries = 3000, seed = "20261125")
    void everyInputCompilesToAPlanOrAPositionedError(@ForAll("inputs") String query) {
        assertTimeoutPreemptively(COMPILE_HANG, () -> FuzzTarget.compile(query), () -> "compiling hangs: " + query);
    }

    @AfterContainer
    static void report() {
        FuzzReport.write("ci", FuzzTarget.outcomes());
    }
}
