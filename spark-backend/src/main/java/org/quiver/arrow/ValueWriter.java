package org.quiver.arrow;

import org.apache.arrow.vector.FieldVector;
import org.quiver.planner.types.CypherType;

/**
 * Writes one value, as {@link org.quiver.api.CypherResult#rows()} gives it in Java, into one slot
 * of the Arrow vector of its field.
 */
@FunctionalInterface
interface ValueWriter {
    /** Writes {@code value}, never null, at {@code index} of {@code vector}. */
    void write(FieldVector vector, int index, Object value);

    /** Writes {@code value}, or an Arrow null for a Java (Cypher) null. */
    default void put(FieldVector vector, int index, Object value) {
        if (value == null) {
            vector.setNull(index);
        } else {
            write(vector, index, value);
        }
    }

    /**
     * {@code value} as the Java class a value of {@code type} has. Another class means the result's
     * static types and its values disagree (a bug): the export stops rather than write a wrong value.
     */
    static <T> T as(Class<T> javaClass, Object value, CypherType type) {
        if (!javaClass.isInstance(value)) {
            throw new IllegalStateException("Arrow export: a value of the column type " + type.displayName()
                    + " came as " + value.getClass().getName() + " (" + value + "), not as " + javaClass.getName());
        }
        return javaClass.cast(value);
    }
}
