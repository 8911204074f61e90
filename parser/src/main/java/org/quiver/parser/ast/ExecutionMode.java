package org.quiver.parser.ast;

/** Whether a statement is run, only planned ({@code EXPLAIN}) or run with statistics ({@code PROFILE}). */
public enum ExecutionMode {
    RUN, EXPLAIN, PROFILE
}
