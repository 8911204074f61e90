package org.quiver.planner.semantic;

import org.quiver.parser.ast.Span;
import org.quiver.parser.error.LimitExceeded;
import org.quiver.planner.types.CypherType;

/**
 * A bound on how deeply list and map values nest in their static type. Each level is a level of
 * Spark array or struct type, and Spark builds, generates code for and serializes its row
 * encoders level by level, recursively: a value hundreds of levels deep takes minutes to compile
 * and can overflow the stack of an executor thread, which stops the whole Spark context. Lists of
 * mixed type are variants in one column and do not count past their own level.
 */
final class ValueNesting {
    /** Far deeper than any TCK query (which stays under ten levels); Spark still compiles such a value in seconds. */
    static final int LIMIT = 64;

    private ValueNesting() {
    }

    /** {@code expression}'s value, of static type {@code type}, unless it nests past {@link #LIMIT}. */
    static <T> T checked(T expression, CypherType type, Span span) {
        int depth = depth(type);
        if (depth > LIMIT) {
            throw new LimitExceeded("NestingTooDeep", "Lists and maps nest " + depth + " levels deep here, more than"
                    + " the " + LIMIT + " levels Quiver allows (Spark compiles deeper values too slowly)", span);
        }
        return expression;
    }

    static int depth(CypherType type) {
        if (type instanceof CypherType.ListOf list) {
            return 1 + depth(list.element());
        }
        if (type instanceof CypherType.MapOf map) {
            int deepest = 0;
            for (CypherType field : map.fields().values()) {
                deepest = Math.max(deepest, depth(field));
            }
            return 1 + deepest;
        }
        return 0;
    }
}
