package org.quiver.planner.logical;

/** Which way an expand follows relationships from its bound node. */
public enum ExpandDirection {
    OUTGOING, INCOMING, BOTH
}
