package org.quiver.store;

import java.util.Optional;
import org.quiver.planner.types.CypherType;

/**
 * Property types as a manifest writes them: their display names ({@code Integer},
 * {@code List<String>}, {@code DateTime}), read back to the same type.
 */
public final class CypherTypeNames {
    private CypherTypeNames() {
    }

    static String name(CypherType type) {
        return type.displayName();
    }

    public static Optional<CypherType> parse(String name) {
        String text = name.strip();
        if (text.startsWith("List<") && text.endsWith(">")) {
            return parse(text.substring("List<".length(), text.length() - 1)).map(CypherType::listOf);
        }
        for (CypherType.Basic basic : CypherType.Basic.values()) {
            if (basic.displayName().equals(text)) {
                return Optional.of(basic);
            }
        }
        return Optional.empty();
    }
}
