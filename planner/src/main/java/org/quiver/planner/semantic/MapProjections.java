package org.quiver.planner.semantic;

import java.util.ArrayList;
import java.util.List;
import org.quiver.parser.ast.Expression;
import org.quiver.parser.ast.FunctionCall;
import org.quiver.parser.ast.MapLiteral;
import org.quiver.parser.ast.MapProjection;
import org.quiver.parser.ast.PropertyAccess;
import org.quiver.parser.error.UnsupportedFeature;

/**
 * A map projection {@code n {.name, .age, friend: f, x}} as the map literal it stands for
 * ({@code {name: n.name, age: n.age, friend: f, x: x}}); {@code n {.*}} alone is
 * {@code properties(n)}. Null when the subject is null is the binder's part.
 */
final class MapProjections {
    private MapProjections() {
    }

    static Expression asExpression(MapProjection m) {
        boolean all = m.items().stream().anyMatch(i -> i instanceof MapProjection.AllProperties);
        if (all && m.items().size() == 1) {
            return new FunctionCall("", "properties", false, List.of(m.subject()), m.span());
        }
        if (all) {
            throw new UnsupportedFeature("A map projection with `.*` and other entries", m.span());
        }
        List<MapLiteral.Entry> entries = new ArrayList<>();
        for (MapProjection.Item item : m.items()) {
            if (item instanceof MapProjection.PropertySelector p) {
                entries.add(new MapLiteral.Entry(p.key(), new PropertyAccess(m.subject(), p.key(), p.span()), p.span()));
            } else if (item instanceof MapProjection.VariableSelector v) {
                entries.add(new MapLiteral.Entry(v.variable().name(), v.variable(), v.span()));
            } else if (item instanceof MapProjection.LiteralEntry e) {
                entries.add(new MapLiteral.Entry(e.key(), e.value(), e.span()));
            }
        }
        return new MapLiteral(entries, m.span());
    }
}
