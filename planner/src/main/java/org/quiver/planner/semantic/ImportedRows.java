package org.quiver.planner.semantic;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.quiver.planner.expr.NamedExpr;
import org.quiver.planner.expr.VariableRef;
import org.quiver.planner.logical.LogicalOp;
import org.quiver.planner.logical.OuterRows;
import org.quiver.planner.logical.Project;
import org.quiver.planner.types.CypherType;

/**
 * Where a subquery planned per distinct imported values starts ({@link org.quiver.planner.logical.SubqueryCall}):
 * the argument rows, one hidden key per imported variable ({@link SubqueryKeys}), each imported
 * variable read from its key under its own name, and the scope that sees the keys and the imports.
 *
 * @param keyOf each imported outer variable → its key
 */
record ImportedRows(SubqueryKeys keys, Map<String, String> keyOf, LogicalOp plan, Scope scope) {

    /** The rows importing {@code names}, each read in the outer {@code scope}. */
    static ImportedRows of(BindContext context, Scope scope, Collection<String> names) {
        Keys imported = Keys.of(context, scope, names);
        SubqueryKeys keys = imported.keys();
        Map<String, String> keyOf = imported.keyOf();
        Map<String, CypherType> keyTypes = imported.keyTypes();
        List<NamedExpr> items = new ArrayList<>(keys.references());
        Scope inner = keys.addTo(Scope.EMPTY);
        for (String name : names) {
            VariableInfo info = scope.lookup(name).orElseThrow();
            items.add(new NamedExpr(name, new VariableRef(keyOf.get(name), info.type())));
            inner = inner.with(name, info);
        }
        return new ImportedRows(keys, keyOf, new Project(new OuterRows(keyTypes), items), inner);
    }

    /** A fresh hidden key for each imported variable: the keys, which key each variable has, and their types. */
    record Keys(SubqueryKeys keys, Map<String, String> keyOf, Map<String, CypherType> keyTypes) {
        static Keys of(BindContext context, Scope scope, Collection<String> names) {
            Map<String, VariableInfo> keyInfo = new LinkedHashMap<>();
            Map<String, String> keyOf = new LinkedHashMap<>();
            Map<String, CypherType> keyTypes = new LinkedHashMap<>();
            for (String name : names) {
                VariableInfo info = scope.lookup(name).orElseThrow();
                String key = context.freshName("IMPORTED");
                keyOf.put(name, key);
                keyInfo.put(key, new VariableInfo(info.type(), info.labels(), false));
                keyTypes.put(key, info.type());
            }
            return new Keys(new SubqueryKeys(keyInfo), keyOf, keyTypes);
        }
    }

    /** The named outer variables among {@code mentioned}, in a stable order: what a subquery imports. */
    static List<String> outerVariables(Scope scope, Collection<String> mentioned) {
        return mentioned.stream().filter(n -> scope.lookup(n).filter(VariableInfo::named).isPresent()).sorted()
                .toList();
    }
}
