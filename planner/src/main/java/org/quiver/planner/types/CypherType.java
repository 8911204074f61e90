package org.quiver.planner.types;

import java.util.Objects;

/**
 * The static type of a Cypher value, as far as analysis knows it. Every type also admits
 * {@code null}. {@link Basic#ANY} is the top: a value whose type is only known at run time.
 */
public sealed interface CypherType permits CypherType.Behaviour {

    enum Basic implements Behaviour {
        ANY, NULL, BOOLEAN, INTEGER, FLOAT, NUMBER, STRING, MAP, NODE, RELATIONSHIP, PATH,
        DATE, LOCAL_TIME, TIME, LOCAL_DATETIME, DATETIME, DURATION;

        @Override
        public String displayName() {
            return switch (this) {
                case ANY -> "Any";
                case NULL -> "Null";
                case BOOLEAN -> "Boolean";
                case INTEGER -> "Integer";
                case FLOAT -> "Float";
                case NUMBER -> "Number";
                case STRING -> "String";
                case MAP -> "Map";
                case NODE -> "Node";
                case RELATIONSHIP -> "Relationship";
                case PATH -> "Path";
                case DATE -> "Date";
                case LOCAL_TIME -> "LocalTime";
                case TIME -> "Time";
                case LOCAL_DATETIME -> "LocalDateTime";
                case DATETIME -> "DateTime";
                case DURATION -> "Duration";
            };
        }
    }

    /** {@code List<element>}. */
    record ListOf(CypherType element) implements Behaviour {
        public ListOf {
            Objects.requireNonNull(element, "element");
        }

        @Override
        public String displayName() {
            return "List<" + element.displayName() + ">";
        }
    }

    /**
     * A map whose keys analysis knows (a map literal, a map parameter), with each value's type.
     * Any other map is {@link Basic#MAP}.
     */
    record MapOf(java.util.Map<String, CypherType> fields) implements Behaviour {
        public MapOf {
            fields = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fields));
        }

        @Override
        public String displayName() {
            return "Map";
        }
    }

    CypherType ANY = Basic.ANY;
    CypherType NULL = Basic.NULL;
    CypherType BOOLEAN = Basic.BOOLEAN;
    CypherType INTEGER = Basic.INTEGER;
    CypherType FLOAT = Basic.FLOAT;
    CypherType NUMBER = Basic.NUMBER;
    CypherType STRING = Basic.STRING;
    CypherType MAP = Basic.MAP;
    CypherType NODE = Basic.NODE;
    CypherType RELATIONSHIP = Basic.RELATIONSHIP;
    CypherType PATH = Basic.PATH;
    CypherType DATE = Basic.DATE;
    CypherType LOCAL_TIME = Basic.LOCAL_TIME;
    CypherType TIME = Basic.TIME;
    CypherType LOCAL_DATETIME = Basic.LOCAL_DATETIME;
    CypherType DATETIME = Basic.DATETIME;
    CypherType DURATION = Basic.DURATION;

    static CypherType listOf(CypherType element) {
        return new ListOf(element);
    }

    /** How the type is written in messages: {@code Integer}, {@code List<String>}. */
    String displayName();

    /** Whether every value of {@code other} is also a value of this type. */
    boolean accepts(CypherType other);

    /** The least type that accepts both. */
    CypherType join(CypherType other);

    boolean isNumeric();

    /** Whether values of this type may differ in type at run time (Any or Number anywhere inside). */
    boolean isMixed();

    /** A map of any kind, with known keys or not. */
    boolean isMap();

    boolean isEntity();

    /** Date, LocalTime, Time, LocalDateTime or DateTime: an instant or a calendar/clock reading. */
    boolean isInstantType();

    /** A temporal instant type or Duration. */
    boolean isTemporal();

    /**
     * The behaviour every type shares. It lives apart from {@link CypherType} so that initializing
     * {@link Basic} first (it implements this interface, which has default methods) does not
     * initialize {@link CypherType}, whose constants read {@link Basic}'s — that cycle left them null.
     */
    sealed interface Behaviour extends CypherType permits Basic, ListOf, MapOf {
        /** Whether every value of {@code other} is also a value of this type. */
        @Override
        default boolean accepts(CypherType other) {
            if (this.equals(other) || this == ANY || other == NULL) {
                return true;
            }
            if (this == NUMBER) {
                return other == INTEGER || other == FLOAT;
            }
            if (this instanceof ListOf list && other instanceof ListOf otherList) {
                return list.element().accepts(otherList.element());
            }
            if (this == MAP) {
                return other instanceof MapOf;
            }
            return false;
        }

        /** The least type that accepts both. */
        @Override
        default CypherType join(CypherType other) {
            if (this.accepts(other)) {
                return this;
            }
            if (other.accepts(this)) {
                return other;
            }
            if (NUMBER.accepts(this) && NUMBER.accepts(other)) {
                return NUMBER;
            }
            if (this instanceof ListOf list && other instanceof ListOf otherList) {
                return listOf(list.element().join(otherList.element()));
            }
            // Maps with different keys are values of different shapes: Any, so no backend mixes them up.
            return ANY;
        }

        @Override
        default boolean isNumeric() {
            return this == INTEGER || this == FLOAT || this == NUMBER;
        }

        /** Whether values of this type may differ in type at run time (Any or Number anywhere inside). */
        @Override
        default boolean isMixed() {
            if (this instanceof ListOf list) {
                return list.element().isMixed();
            }
            return this == ANY || this == NUMBER;
        }

        /** A map of any kind, with known keys or not. */
        @Override
        default boolean isMap() {
            return this == MAP || this instanceof MapOf;
        }

        @Override
        default boolean isEntity() {
            return this == NODE || this == RELATIONSHIP;
        }

        /** Date, LocalTime, Time, LocalDateTime or DateTime: an instant or a calendar/clock reading. */
        @Override
        default boolean isInstantType() {
            return this == DATE || this == LOCAL_TIME || this == TIME || this == LOCAL_DATETIME || this == DATETIME;
        }

        /** A temporal instant type or Duration. */
        @Override
        default boolean isTemporal() {
            return isInstantType() || this == DURATION;
        }
    }
}
