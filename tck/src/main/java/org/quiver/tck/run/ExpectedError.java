package org.quiver.tck.run;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code Then a SyntaxError should be raised at compile time: UndefinedVariable}. A detail of
 * {@code *} accepts any detail.
 */
record ExpectedError(String type, String detail, Timing timing) {
    private static final Pattern STEP =
            Pattern.compile("an? (\\w+) should be raised at (compile time|runtime|any time): (\\S+)");

    enum Timing {
        COMPILE_TIME("compile time"), RUNTIME("runtime"), ANY_TIME("any time");

        final String text;

        Timing(String text) {
            this.text = text;
        }

        boolean accepts(boolean atCompileTime) {
            return this == ANY_TIME || (this == COMPILE_TIME) == atCompileTime;
        }
    }

    ExpectedError {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(timing, "timing");
    }

    /** The step's error, or null when the text is not an error step. */
    static ExpectedError fromStep(String text) {
        Matcher m = STEP.matcher(text);
        if (!m.matches()) {
            return null;
        }
        Timing timing = switch (m.group(2)) {
            case "compile time" -> Timing.COMPILE_TIME;
            case "runtime" -> Timing.RUNTIME;
            default -> Timing.ANY_TIME;
        };
        return new ExpectedError(m.group(1), m.group(3), timing);
    }

    /** Our {@code UnsupportedFeature} never stands in for an error the TCK expects. */
    boolean matches(EngineError actual) {
        return actual.cypherError() && !actual.isUnsupportedFeature() && actual.type().equals(type)
                && (detail.equals("*") || actual.detail().map(detail::equals).orElse(false));
    }

    /** {@code SyntaxError/UndefinedVariable}: the form in the report. */
    String typeAndDetail() {
        return type + "/" + detail;
    }

    @Override
    public String toString() {
        return typeAndDetail() + " at " + timing.text;
    }
}
