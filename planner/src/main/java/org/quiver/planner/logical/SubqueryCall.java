package org.quiver.planner.logical;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.quiver.planner.types.CypherType;

/**
 * {@code CALL { … }}: every input row extended by each row {@code inner} returns for it. The inner
 * plan starts from {@link OuterRows} holding the distinct values of the imported variables, under
 * the hidden names {@code imports} maps them to (outer name → inner key), carries those keys in
 * every row it returns, and is joined back to the input on them (null equal to null): a row the
 * subquery returns nothing for disappears, one it returns several for is repeated. With
 * {@code keepUnmatched} such a row stays, once, its returned variables null (an expression planned
 * as a subquery that gives every row a value).
 */
public record SubqueryCall(LogicalOp input, LogicalOp inner, Map<String, String> imports, List<String> returned,
        boolean keepUnmatched) implements LogicalOp {
    public SubqueryCall {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(inner, "inner");
        imports = Collections.unmodifiableMap(new LinkedHashMap<>(imports));
        returned = List.copyOf(returned);
    }

    /** {@code CALL { … }}: rows the subquery returns nothing for disappear. */
    public SubqueryCall(LogicalOp input, LogicalOp inner, Map<String, String> imports, List<String> returned) {
        this(input, inner, imports, returned, false);
    }

    public List<LogicalOp> children() {
        return List.of(input, inner);
    }

    public LogicalOp withChildren(List<LogicalOp> children) {
        return new SubqueryCall(children.get(0), children.get(1), imports, returned, keepUnmatched);
    }

    public Map<String, CypherType> variables() {
        Map<String, CypherType> vars = new LinkedHashMap<>(input.variables());
        Map<String, CypherType> innerVars = inner.variables();
        returned.forEach(name -> vars.put(name, innerVars.get(name)));
        return vars;
    }
}
