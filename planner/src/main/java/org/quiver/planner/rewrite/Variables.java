package org.quiver.planner.rewrite;

import java.util.Set;
import java.util.stream.Collectors;
import org.quiver.planner.expr.Expr;
import org.quiver.planner.expr.VariableRef;

/** The variables an expression reads. */
final class Variables {
    private Variables() {
    }

    static Set<String> of(Expr e) {
        return e.descendants().filter(x -> x instanceof VariableRef).map(x -> ((VariableRef) x).name())
                .collect(Collectors.toSet());
    }
}
