package org.quiver.planner.lower;

import java.util.Map;
import org.quiver.planner.relational.RelOp;

/** A lowered part of a plan: its relation, and where each variable's values live in it. */
record Lowered(RelOp relation, Map<String, Binding> bindings) {
}
