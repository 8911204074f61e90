package org.quiver.planner.semantic;

import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.quiver.parser.ast.AstNode;
import org.quiver.parser.ast.Variable;

/** The variable names written anywhere inside a piece of syntax (bound there or not). */
final class AstVariables {
    private AstVariables() {
    }

    static Set<String> in(AstNode node) {
        Set<String> names = new TreeSet<>();
        collect(node, names);
        return names;
    }

    private static void collect(Object node, Set<String> names) {
        if (node instanceof Variable v) {
            names.add(v.name());
        } else if (node instanceof Collection<?> items) {
            items.forEach(i -> collect(i, names));
        } else if (node instanceof Optional<?> optional) {
            optional.ifPresent(o -> collect(o, names));
        } else if (node instanceof AstNode && node.getClass().isRecord()) {
            for (RecordComponent c : node.getClass().getRecordComponents()) {
                try {
                    collect(c.getAccessor().invoke(node), names);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
    }
}
