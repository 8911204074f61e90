package org.quiver.planner.logical;

import java.util.List;
import java.util.Map;
import org.quiver.planner.types.CypherType;

/** An operator of the logical plan: rows of variable bindings. */
public sealed interface LogicalOp
        permits Start, NodeScan, Expand, ExpandInto, CartesianProduct, Filter, Project, Aggregate, Distinct, Sort,
                Skip, Limit, Argument, Unwind, OuterRows, OptionalMatch, Union, PatternExists, VarExpand,
                PatternCollect, SubqueryCall, LimitPerKey, PadMissingKeys, NodeHashJoin {

    List<LogicalOp> children();

    LogicalOp withChildren(List<LogicalOp> children);

    /** The variables each output row binds, with their types, in a stable order. */
    Map<String, CypherType> variables();
}
