package org.quiver.planner.procedure;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.quiver.planner.types.CypherType;

/**
 * What a procedure takes and gives, in the notation Neo4j prints and the TCK writes:
 * {@code test.my.proc(name :: STRING?, in :: INTEGER?) :: (city :: STRING?)}. A procedure
 * without outputs is a void procedure ({@code :: ()}).
 */
public record ProcedureSignature(String name, List<ProcedureField> inputs, List<ProcedureField> outputs) {
    private static final Pattern WHOLE = Pattern.compile(
            "\\s*([\\p{L}_][\\p{L}\\p{N}_]*(?:\\.[\\p{L}_][\\p{L}\\p{N}_]*)*)\\s*\\((.*)\\)\\s*::\\s*\\((.*)\\)\\s*");
    private static final Pattern FIELD = Pattern.compile("\\s*([\\p{L}_][\\p{L}\\p{N}_]*)\\s*::\\s*(.+?)\\s*");

    public ProcedureSignature {
        Objects.requireNonNull(name, "name");
        inputs = List.copyOf(inputs);
        outputs = List.copyOf(outputs);
        unique(inputs, "argument");
        unique(outputs, "output");
    }

    /**
     * Reads a signature such as {@code db.labels() :: (label :: STRING?)}. Types: {@code STRING},
     * {@code INTEGER}, {@code FLOAT}, {@code NUMBER}, {@code BOOLEAN}, {@code ANY}, {@code MAP},
     * {@code NODE}, {@code RELATIONSHIP}, {@code PATH} and {@code LIST? OF} any of them; the
     * trailing {@code ?} (nullable) is optional, every Cypher type admits null.
     *
     * @throws IllegalArgumentException naming what cannot be read
     */
    public static ProcedureSignature parse(String text) {
        Matcher whole = WHOLE.matcher(text);
        if (!whole.matches()) {
            throw new IllegalArgumentException("not a procedure signature (name(args) :: (outputs)): " + text);
        }
        return new ProcedureSignature(whole.group(1), fields(whole.group(2)), fields(whole.group(3)));
    }

    public boolean isVoid() {
        return outputs.isEmpty();
    }

    public java.util.Optional<ProcedureField> output(String field) {
        return outputs.stream().filter(f -> f.name().equals(field)).findFirst();
    }

    @Override
    public String toString() {
        return name + "(" + String.join(", ", inputs.stream().map(ProcedureField::toString).toList()) + ") :: ("
                + String.join(", ", outputs.stream().map(ProcedureField::toString).toList()) + ")";
    }

    private static List<ProcedureField> fields(String list) {
        List<ProcedureField> fields = new ArrayList<>();
        if (list.isBlank()) {
            return fields;
        }
        for (String part : list.split(",")) {
            Matcher field = FIELD.matcher(part);
            if (!field.matches()) {
                throw new IllegalArgumentException("not a field (name :: TYPE): " + part.strip());
            }
            fields.add(new ProcedureField(field.group(1), type(field.group(2))));
        }
        return fields;
    }

    private static CypherType type(String written) {
        String t = written.strip().toUpperCase(Locale.ROOT);
        if (t.endsWith("?")) {
            t = t.substring(0, t.length() - 1).strip();
        }
        if (t.startsWith("LIST")) {
            String rest = t.substring(4).strip();
            rest = rest.startsWith("?") ? rest.substring(1).strip() : rest;
            if (!rest.startsWith("OF ")) {
                throw new IllegalArgumentException("a list type is LIST OF <type>: " + written);
            }
            return CypherType.listOf(type(rest.substring(3)));
        }
        return switch (t) {
            case "STRING" -> CypherType.STRING;
            case "INTEGER" -> CypherType.INTEGER;
            case "FLOAT" -> CypherType.FLOAT;
            case "NUMBER" -> CypherType.NUMBER;
            case "BOOLEAN" -> CypherType.BOOLEAN;
            case "ANY" -> CypherType.ANY;
            case "MAP" -> CypherType.MAP;
            case "NODE" -> CypherType.NODE;
            case "RELATIONSHIP" -> CypherType.RELATIONSHIP;
            case "PATH" -> CypherType.PATH;
            default -> throw new IllegalArgumentException("unknown type in a procedure signature: " + written);
        };
    }

    private static void unique(List<ProcedureField> fields, String what) {
        Set<String> seen = new HashSet<>();
        for (ProcedureField f : fields) {
            if (!seen.add(f.name())) {
                throw new IllegalArgumentException("two procedure " + what + "s named " + f.name());
            }
        }
    }
}
