package org.quiver.tck.report;

/**
 * The part of a failure reason that failures share: the text before its {@code " — "} detail, with
 * numbers as {@code N}, so "expected 3 rows, got 2 — missing …" groups with "expected 5 rows, got 1".
 */
final class ReasonGroup {
    private ReasonGroup() {
    }

    static String of(String reason) {
        int detail = reason.indexOf(" — ");
        String summary = detail < 0 ? reason : reason.substring(0, detail);
        return summary.replaceAll("\\d+", "N");
    }
}
