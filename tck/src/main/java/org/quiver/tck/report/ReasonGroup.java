package org.quiver.tck.report;

/**
 * The part of a failure reason that failures share, so the scoreboard counts causes rather than
 * cases: the text before its {@code " — "} detail with numbers as {@code N} ("expected 3 rows, got
 * 2 — missing …" groups with "expected 5 rows, got 1"); an internal error up to its Spark error
 * class; a procedure step without its signature.
 */
final class ReasonGroup {
    private ReasonGroup() {
    }

    static String of(String reason) {
        if (reason.startsWith("internal error: ")) {
            int errorClass = reason.indexOf(']');
            return errorClass < 0 ? reason.replaceFirst("^(internal error: \\w+).*", "$1")
                    : reason.substring(0, errorClass + 1);
        }
        if (reason.startsWith("unsupported step: ")) {
            return reason.replaceFirst("procedure .*", "procedure …");
        }
        int detail = reason.indexOf(" — ");
        String summary = detail < 0 ? reason : reason.substring(0, detail);
        return summary.replaceAll("\\d+", "N");
    }
}
