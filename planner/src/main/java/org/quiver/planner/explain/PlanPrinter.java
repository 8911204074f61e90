package org.quiver.planner.explain;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.quiver.planner.logical.LogicalOp;
import org.quiver.planner.relational.RelOp;

/**
 * Renders a plan tree as text with {@code ├─}/{@code └─} branches: each operator is its name and
 * its parameters (the record components that are not child operators).
 */
public final class PlanPrinter {
    private PlanPrinter() {
    }

    public static String render(Object root) {
        return PlanTree.of(root, op -> java.util.OptionalDouble.empty()).text();
    }

    /** An operator's name and parameters, in declaration order. */
    public static Map<String, Object> parameters(Object op) {
        Map<String, Object> params = new LinkedHashMap<>();
        for (RecordComponent c : op.getClass().getRecordComponents()) {
            Object value = value(c, op);
            if (!isOperator(value)) {
                params.put(c.getName(), value);
            }
        }
        return params;
    }

    static List<Object> children(Object op) {
        if (op instanceof LogicalOp l) {
            return List.copyOf(l.children());
        }
        if (op instanceof RelOp r) {
            return List.copyOf(r.children());
        }
        return List.of();
    }

    private static boolean isOperator(Object value) {
        return value instanceof LogicalOp || value instanceof RelOp;
    }

    private static Object value(RecordComponent c, Object op) {
        try {
            return c.getAccessor().invoke(op);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
