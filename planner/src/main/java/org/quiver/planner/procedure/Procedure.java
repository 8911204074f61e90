package org.quiver.planner.procedure;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.quiver.planner.types.CypherType;

/**
 * A procedure given as a table: each row holds a value for every argument and every output, and
 * a call yields the outputs of the rows whose arguments equal the call's (null equal to null), in
 * table order. Values are Cypher values as Java objects ({@code Long}, {@code Double},
 * {@code String}, {@code Boolean}, {@code List}, {@code null}); {@code Integer} and {@code Float}
 * are widened, and an integer in a {@code FLOAT} field becomes a float.
 *
 * <pre>{@code
 * Procedure labels = Procedure.of("test.labels() :: (label :: STRING?)",
 *         List.of(Map.of("label", "A"), Map.of("label", "B")));
 * }</pre>
 */
public record Procedure(ProcedureSignature signature, List<Map<String, Object>> rows) {
    public Procedure {
        Objects.requireNonNull(signature, "signature");
        List<Map<String, Object>> normalized = new ArrayList<>();
        for (Map<String, ?> row : rows) {
            normalized.add(normalize(signature, row));
        }
        rows = Collections.unmodifiableList(normalized);
        for (ProcedureField output : signature.outputs()) {
            if (output.type().isMixed() && mixedNumbers(rows, output.name())) {
                throw new IllegalArgumentException("procedure " + signature.name() + ": output " + output.name()
                        + " holding both integers and floats is not supported yet");
            }
        }
    }

    public static Procedure of(String signature, List<? extends Map<String, ?>> rows) {
        List<Map<String, Object>> copy = new ArrayList<>();
        rows.forEach(r -> copy.add(new LinkedHashMap<>(r)));
        return new Procedure(ProcedureSignature.parse(signature), copy);
    }

    /**
     * The type a field's values are held as: the declared type, except that a {@code NUMBER}
     * field is {@code INTEGER} when all its values are integers and {@code FLOAT} otherwise
     * (equality of arguments is numeric, so {@code 42} still finds {@code 42.0}).
     */
    public CypherType columnType(ProcedureField field) {
        if (field.type() != CypherType.NUMBER) {
            return field.type();
        }
        boolean allIntegers = rows.stream().map(r -> r.get(field.name())).allMatch(v -> v == null || v instanceof Long);
        return allIntegers ? CypherType.INTEGER : CypherType.FLOAT;
    }

    private static Map<String, Object> normalize(ProcedureSignature signature, Map<String, ?> row) {
        Map<String, Object> values = new LinkedHashMap<>();
        List<ProcedureField> fields = new ArrayList<>(signature.inputs());
        fields.addAll(signature.outputs());
        for (ProcedureField field : fields) {
            if (!row.containsKey(field.name())) {
                throw new IllegalArgumentException("procedure " + signature.name() + ": a row without a value for "
                        + field.name() + ": " + row);
            }
            values.put(field.name(), value(signature, field, field.type(), row.get(field.name())));
        }
        if (!values.keySet().containsAll(row.keySet())) {
            throw new IllegalArgumentException("procedure " + signature.name() + ": a row with fields the signature "
                    + "does not have: " + row.keySet());
        }
        return Collections.unmodifiableMap(values);
    }

    private static Object value(ProcedureSignature signature, ProcedureField field, CypherType type, Object v) {
        if (v == null) {
            return null;
        }
        if (v instanceof Integer || v instanceof Short || v instanceof Byte) {
            v = ((Number) v).longValue();
        } else if (v instanceof Float f) {
            v = f.doubleValue();
        }
        boolean fits;
        if (type == CypherType.INTEGER) {
            fits = v instanceof Long;
        } else if (type == CypherType.FLOAT) {
            if (v instanceof Long l) {
                v = l.doubleValue();
            }
            fits = v instanceof Double;
        } else if (type == CypherType.NUMBER) {
            fits = v instanceof Long || v instanceof Double;
        } else if (type == CypherType.STRING) {
            fits = v instanceof String;
        } else if (type == CypherType.BOOLEAN) {
            fits = v instanceof Boolean;
        } else if (type instanceof CypherType.ListOf list && list.element().isMixed()) {
            throw new IllegalArgumentException("procedure " + signature.name() + ": field " + field
                    + " (a list whose elements may differ in type) is not supported yet");
        } else if (type instanceof CypherType.ListOf list && v instanceof List<?> elements) {
            List<Object> converted = new ArrayList<>();
            for (Object element : elements) {
                converted.add(value(signature, field, list.element(), element));
            }
            return Collections.unmodifiableList(converted);
        } else if (type instanceof CypherType.ListOf) {
            fits = false;
        } else {
            throw new IllegalArgumentException("procedure " + signature.name() + ": field " + field.name()
                    + " of type " + field.type().displayName() + " is not supported yet (String, Integer, Float, "
                    + "Number, Boolean and lists of them are)");
        }
        if (!fits) {
            throw new IllegalArgumentException("procedure " + signature.name() + ": field " + field
                    + " cannot hold " + v + " (" + v.getClass().getSimpleName() + ")");
        }
        return v;
    }

    private static boolean mixedNumbers(List<Map<String, Object>> rows, String field) {
        boolean integers = rows.stream().anyMatch(r -> r.get(field) instanceof Long);
        boolean floats = rows.stream().anyMatch(r -> r.get(field) instanceof Double);
        return integers && floats;
    }
}
