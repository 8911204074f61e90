package org.quiver.planner.update;

/**
 * What the updating clause (or run of {@code CREATE} clauses) that ends a statement part does to
 * the graph for each row of the part. Each action yields a new graph version.
 */
public sealed interface UpdateAction permits CreateAction, SetAction, DeleteAction, MergeAction, ConstructAction, SwitchGraph {
    /** The clause as a user wrote it, for plan output. */
    String clauseName();
}
