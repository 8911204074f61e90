package org.quiver.planner.semantic;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.quiver.parser.ast.Span;
import org.quiver.parser.error.UnsupportedFeature;
import org.quiver.planner.expr.Literal;
import org.quiver.planner.types.CypherType;

/** Java parameter values as typed Cypher literals. */
public final class ParameterValues {
    private ParameterValues() {
    }

    public static Literal literal(Object value, String name, Span span) {
        if (value == null) {
            return Literal.ofNull();
        }
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return Literal.of(((Number) value).longValue());
        }
        if (value instanceof Double || value instanceof Float) {
            return new Literal(((Number) value).doubleValue(), CypherType.FLOAT);
        }
        if (value instanceof String || value instanceof Character) {
            return new Literal(value.toString(), CypherType.STRING);
        }
        if (value instanceof Boolean b) {
            return Literal.of(b);
        }
        if (value instanceof java.time.LocalDate) {
            return new Literal(value, CypherType.DATE);
        }
        if (value instanceof java.time.LocalTime) {
            return new Literal(value, CypherType.LOCAL_TIME);
        }
        if (value instanceof java.time.OffsetTime) {
            return new Literal(value, CypherType.TIME);
        }
        if (value instanceof java.time.LocalDateTime) {
            return new Literal(value, CypherType.LOCAL_DATETIME);
        }
        if (value instanceof java.time.ZonedDateTime) {
            return new Literal(value, CypherType.DATETIME);
        }
        if (value instanceof Object[] array) {
            return literal(List.of(array), name, span);
        }
        if (value instanceof List<?> list) {
            List<Object> values = new ArrayList<>();
            CypherType element = null;
            for (Object item : list) {
                Literal converted = literal(item, name, span);
                values.add(converted.value());
                element = element == null ? converted.type() : element.join(converted.type());
            }
            if (element != null && element.isMixed()) {
                return new Literal(values, CypherType.listOf(CypherType.ANY));
            }
            return new Literal(values, CypherType.listOf(element == null ? CypherType.NULL : element));
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> values = new LinkedHashMap<>();
            Map<String, CypherType> fields = new LinkedHashMap<>();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                Literal converted = literal(entry.getValue(), name, span);
                values.put(String.valueOf(entry.getKey()), converted.value());
                fields.put(String.valueOf(entry.getKey()), converted.type());
            }
            return new Literal(values, new CypherType.MapOf(fields));
        }
        throw new UnsupportedFeature("Parameter " + name + " of Java type " + value.getClass().getName(), span);
    }
}
