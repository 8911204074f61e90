package org.quiver.planner.joinorder;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.quiver.planner.expr.Expr;
import org.quiver.planner.logical.ExpandDirection;
import org.quiver.planner.logical.LogicalOp;

/**
 * A block of pattern operators taken apart: the node variables with the labels the pattern gives
 * them, the relationships between them, the predicates over them, and the rows the block started
 * from ({@code inputs}: operators of other kinds whose variables are bound before the pattern).
 * Each list keeps the order of the plan it came from, so that ties are broken the way the query
 * was written.
 */
record PatternGraph(Map<String, Set<String>> nodes, List<Relationship> relationships, List<Expr> predicates,
        List<LogicalOp> inputs) {

    record Relationship(String variable, String from, List<String> types, ExpandDirection direction, String to) {
        /** The same relationship, expanded from its other end. */
        Relationship reversed() {
            ExpandDirection back = switch (direction) {
                case OUTGOING -> ExpandDirection.INCOMING;
                case INCOMING -> ExpandDirection.OUTGOING;
                case BOTH -> ExpandDirection.BOTH;
            };
            return new Relationship(variable, to, types, back, from);
        }
    }
}
