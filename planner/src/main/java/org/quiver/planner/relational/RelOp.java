package org.quiver.planner.relational;

import java.util.List;

/**
 * An operator over abstract tables: named, typed columns. The leaves read node and relationship
 * tables of the graph; a backend turns each operator into its own relational form.
 */
public sealed interface RelOp
        permits UnitRelation, ScanNodes, ScanRelationships, Join, Select, Compute, GroupBy, Dedup, OrderBy, Offset,
                Fetch, ArgumentRows, Unnest, AntiJoin, UnionAll, FlagMatches, RepeatExpand, LeftOuterJoin,
                CollectMatches, NullSafeJoin, FetchPerGroup {

    List<RelColumn> columns();

    List<RelOp> children();
}
