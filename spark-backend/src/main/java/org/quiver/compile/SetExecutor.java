package org.quiver.compile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.quiver.planner.semantic.Segment;
import org.quiver.planner.update.SetAction;

/** Applies a {@code SET} or {@code REMOVE} to the rows of its part, on the driver, row by row in order. */
final class SetExecutor {
    private final GraphEdit edit;
    private final Segment segment;

    SetExecutor(GraphEdit edit, Segment segment) {
        this.edit = edit;
        this.segment = segment;
    }

    UpdateOutcome apply(List<List<Object>> rows) {
        SetAction action = (SetAction) segment.update().orElseThrow();
        UpdateItems items = new UpdateItems(edit, action.items(), action.relationshipTargets());
        List<Map<String, Object>> named = SegmentRows.byName(segment, rows);
        items.read(named);
        List<List<Object>> handedOver = new ArrayList<>();
        for (Map<String, Object> row : named) {
            items.apply(row);
            handedOver.add(SegmentRows.handedOver(segment, row));
        }
        GraphEdit.UpdateOutcomeParts built = edit.build();
        return new UpdateOutcome(built.graph(), handedOver, built.sideEffects());
    }
}
