package org.quiver.tck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ReasonGroupTest {
    @Test
    void rowCountsGroupWhateverTheNumbersAndDetails() {
        assertEquals("expected N rows, got N", ReasonGroup.of("expected 3 rows, got 2 — missing 1 | 4 |, unexpected 0"));
    }

    @Test
    void internalErrorsGroupByTheirSparkErrorClass() {
        assertEquals("internal error: ExtendedAnalysisException: [DATATYPE_MISMATCH.NULL_TYPE]", ReasonGroup.of(
                "internal error: ExtendedAnalysisException: [DATATYPE_MISMATCH.NULL_TYPE] Cannot resolve \"x\""));
        assertEquals("internal error: NullPointerException", ReasonGroup.of("internal error: NullPointerException: null"));
    }

    @Test
    void procedureStepsGroupWithoutTheirSignature() {
        assertEquals("unsupported step: And there exists a procedure …",
                ReasonGroup.of("unsupported step: And there exists a procedure test.labels() :: (label :: STRING?):"));
    }

    @Test
    void engineMessagesStayAsTheyAre() {
        assertEquals("UnsupportedFeature: CREATE is not supported yet",
                ReasonGroup.of("UnsupportedFeature: CREATE is not supported yet"));
    }
}
