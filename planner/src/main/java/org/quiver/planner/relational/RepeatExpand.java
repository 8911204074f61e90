package org.quiver.planner.relational;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.quiver.parser.ast.PatternPart.PathSelector;
import java.util.Optional;
import java.util.OptionalInt;
import org.quiver.planner.expr.Expr;
import org.quiver.planner.types.CypherType;

/**
 * Trails through {@code steps} (one row per relationship, oriented by its {@code near} and
 * {@code far} columns) from each input row's node in {@code startColumn}: every trail of
 * {@code minHops} to {@code maxHops} steps (unbounded when empty) that uses no relationship twice,
 * one output row per input row and trail. Adds the far end ({@code endColumn}; when
 * {@code endBound} names an input column, only trails ending there), the relationship ids, and when
 * asked the relationship values ({@code stepRelationship} over the step columns) and the values of
 * the nodes strictly between the ends ({@code stepNode}, the far node of a step). Lists are in
 * pattern order: reversed when the pattern was written towards the start. With {@code selector}
 * {@code SHORTEST} or {@code ALL_SHORTEST} the expansion is a breadth-first search: a trail that
 * reaches an end node its start reached at an earlier hop is dropped, so each (start, end) pair
 * keeps the trails of the first hop that reached it (for {@code SHORTEST}, one of them). With
 * {@code distinctEnds} (from {@code minHops} 0 or 1, with {@code ALL}) the search keeps one trail
 * per (start, end) pair: each end its start reaches by a trail of the range, once; with
 * {@code minHops} 1 the start counts as reached only when a trail returns to it.
 */
public record RepeatExpand(RelOp input, String startColumn, RelOp steps, String nearColumn, String farColumn,
        String stepIdColumn, Optional<Expr> stepRelationship, Optional<Expr> stepNode, int minHops,
        OptionalInt maxHops, Optional<String> endBound, boolean reversed, String endColumn, String idsColumn,
        Optional<String> relationshipsColumn, Optional<String> innerNodesColumn, PathSelector selector,
        boolean distinctEnds) implements RelOp {
    public RepeatExpand {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(startColumn, "startColumn");
        Objects.requireNonNull(steps, "steps");
        Objects.requireNonNull(maxHops, "maxHops");
        Objects.requireNonNull(endBound, "endBound");
        Objects.requireNonNull(selector, "selector");
        if (relationshipsColumn.isPresent() != stepRelationship.isPresent()
                || innerNodesColumn.isPresent() != stepNode.isPresent()) {
            throw new IllegalArgumentException("a value list needs its step value and the other way round");
        }
    }

    public List<RelColumn> columns() {
        List<RelColumn> columns = new ArrayList<>(input.columns());
        columns.add(new RelColumn(endColumn, CypherType.INTEGER));
        columns.add(new RelColumn(idsColumn, CypherType.listOf(CypherType.INTEGER)));
        relationshipsColumn.ifPresent(c -> columns.add(new RelColumn(c, CypherType.listOf(CypherType.RELATIONSHIP))));
        innerNodesColumn.ifPresent(c -> columns.add(new RelColumn(c, CypherType.listOf(CypherType.NODE))));
        return columns;
    }

    public List<RelOp> children() {
        return List.of(input, steps);
    }
}
