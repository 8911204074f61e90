package org.quiver.tck.run;

import java.util.Optional;
import org.quiver.parser.error.CypherException;
import org.quiver.parser.error.SyntaxError;

/**
 * An error the engine raised, as the report shows it: its TCK type ({@code SemanticError}, …, or
 * the Java class for an internal error), its detail code, where in the engine it came from and a
 * one-line description.
 */
record EngineError(String type, Optional<String> detail, Phase phase, String description, boolean cypherError) {
    private static final int MAX_MESSAGE = 160;

    static EngineError of(Throwable thrown, boolean compileTime) {
        Phase phase = compileTime ? compileTimePhase(thrown) : Phase.EXECUTE;
        if (thrown instanceof CypherException e) {
            String typeAndDetail = e.errorType() + e.detail().map(d -> "/" + d).orElse("");
            return new EngineError(e.errorType(), e.detail(), phase, typeAndDetail + ": " + oneLine(e.reason()), true);
        }
        String type = thrown.getClass().getSimpleName();
        if (thrown instanceof QueryTimedOut) {
            return new EngineError(type, Optional.empty(), phase, thrown.getMessage(), false);
        }
        return new EngineError(type, Optional.empty(), phase,
                "internal error: " + type + ": " + oneLine(String.valueOf(thrown.getMessage())), false);
    }

    /** {@code SemanticError/UndefinedVariable}, or the type alone. */
    String typeAndDetail() {
        return type + detail.map(d -> "/" + d).orElse("");
    }

    boolean isUnsupportedFeature() {
        return type.equals("UnsupportedFeature");
    }

    /**
     * The engine does not say which stage raised an error, so this reads it off the error: a syntax
     * error comes from the parser, other Cypher errors from semantic analysis (where the conventions
     * put all user errors), and anything else from the stack frame that threw it.
     */
    private static Phase compileTimePhase(Throwable thrown) {
        if (thrown instanceof SyntaxError) {
            return Phase.PARSE;
        }
        String origin = originClass(thrown);
        if (origin.startsWith("org.quiver.parser.")) {
            return Phase.PARSE;
        }
        if (thrown instanceof CypherException || origin.startsWith("org.quiver.planner.semantic.")) {
            return Phase.ANALYZE;
        }
        return Phase.PLAN;
    }

    private static String originClass(Throwable thrown) {
        for (StackTraceElement frame : thrown.getStackTrace()) {
            String cls = frame.getClassName();
            if (cls.startsWith("org.quiver.") && !cls.startsWith("org.quiver.parser.error.")) {
                return cls;
            }
        }
        return "";
    }

    static String oneLine(String text) {
        String line = text.strip().replaceAll("\\s*\\R\\s*", " ");
        return line.length() <= MAX_MESSAGE ? line : line.substring(0, MAX_MESSAGE) + "…";
    }
}
