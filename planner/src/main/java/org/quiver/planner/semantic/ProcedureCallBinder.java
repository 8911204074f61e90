package org.quiver.planner.semantic;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.quiver.parser.ast.CallProcedure;
import org.quiver.parser.ast.Expression;
import org.quiver.parser.ast.Parameter;
import org.quiver.parser.ast.YieldItem;
import org.quiver.parser.error.ProcedureError;
import org.quiver.parser.error.SyntaxError;
import org.quiver.planner.expr.Binary;
import org.quiver.planner.expr.Expr;
import org.quiver.planner.expr.FieldOf;
import org.quiver.planner.expr.LambdaVariable;
import org.quiver.planner.expr.ListComprehensionOf;
import org.quiver.planner.expr.ListOf;
import org.quiver.planner.expr.Literal;
import org.quiver.planner.expr.MapOf;
import org.quiver.planner.expr.NamedExpr;
import org.quiver.planner.expr.NullCheck;
import org.quiver.planner.expr.VariableRef;
import org.quiver.planner.logical.Filter;
import org.quiver.planner.logical.LogicalOp;
import org.quiver.planner.logical.Project;
import org.quiver.planner.logical.Unwind;
import org.quiver.planner.procedure.Procedure;
import org.quiver.planner.procedure.ProcedureField;
import org.quiver.planner.procedure.ProcedureSignature;
import org.quiver.planner.types.CypherType;

/**
 * Plans {@code CALL ns.proc(args) [YIELD …]} of a table procedure without a join: each row keeps
 * the procedure's rows whose arguments equal its own (a filter over the table as a list
 * literal, so the table's order is kept) and unwinds them; yielded fields become variables. A
 * void procedure leaves the rows as they are. A standalone call (the whole query) may pass its
 * arguments implicitly, as parameters of the same names, and yields every output unless told.
 */
final class ProcedureCallBinder {
    private final BindContext context;
    private LogicalOp plan;
    private Scope scope;
    private final List<String> columns = new ArrayList<>();

    ProcedureCallBinder(BindContext context, LogicalOp plan, Scope scope) {
        this.context = context;
        this.plan = plan;
        this.scope = scope;
    }

    LogicalOp plan() {
        return plan;
    }

    Scope scope() {
        return scope;
    }

    /** The variables the call bound, in the order of its YIELD (or of the signature's outputs). */
    List<String> columns() {
        return columns;
    }

    void bind(CallProcedure call, boolean standalone) {
        Procedure procedure = context.procedures().find(call.qualifiedName()).orElseThrow(() -> new ProcedureError(
                "ProcedureNotFound", "There is no procedure with the name `" + call.qualifiedName()
                        + "` registered for this database instance", call.span()));
        ProcedureSignature signature = procedure.signature();
        List<Expr> arguments = arguments(call, signature, standalone);
        Map<String, ProcedureField> yields = yields(call, signature, standalone);
        if (signature.isVoid()) {
            if (standalone) {
                plan = new Filter(plan, Literal.of(false));
            }
            return;
        }
        if (procedure.rows().isEmpty()) {
            plan = new Filter(plan, Literal.of(false));
            project(yields, field -> new Literal(null, procedure.columnType(field)));
            return;
        }
        CypherType rowType = rowType(procedure);
        String row = context.freshName("PROCEDURE_ROW");
        LambdaVariable element = new LambdaVariable(row, rowType);
        Expr matching = new ListComprehensionOf(row, table(procedure, rowType), argumentsMatch(procedure, element,
                arguments), element, CypherType.listOf(rowType));
        plan = new Unwind(plan, matching, row, rowType);
        VariableRef matched = new VariableRef(row, rowType);
        project(yields, field -> new FieldOf(matched, field.name(), procedure.columnType(field)));
    }

    private List<Expr> arguments(CallProcedure call, ProcedureSignature signature, boolean standalone) {
        List<Expression> written;
        if (call.arguments().isPresent()) {
            written = call.arguments().get();
            if (written.size() != signature.inputs().size()) {
                throw new SyntaxError("InvalidNumberOfArguments", "Procedure call does not provide the required number "
                        + "of arguments: got " + written.size() + " expected " + signature.inputs().size()
                        + " (" + signature + ")", call.span());
            }
        } else if (standalone || signature.inputs().isEmpty()) {
            written = signature.inputs().stream().map(f -> (Expression) new Parameter(f.name(), call.span())).toList();
        } else {
            throw new SyntaxError("InvalidArgumentPassingMode", "Procedure call inside a query does not support "
                    + "passing arguments implicitly (pass arguments explicitly in parentheses after the procedure "
                    + "name for " + call.qualifiedName() + ")", call.span());
        }
        List<Expr> bound = new ArrayList<>();
        for (int i = 0; i < written.size(); i++) {
            Expr argument = new ExpressionBinder(context, scope, false).bind(written.get(i));
            ProcedureField input = signature.inputs().get(i);
            if (!assignable(input.type(), argument.type())) {
                throw new SyntaxError("InvalidArgumentType", "Type mismatch: expected " + input.type().displayName()
                        + " but was " + argument.type().displayName() + " (argument " + input.name() + " of "
                        + signature.name() + ")", written.get(i).span());
            }
            bound.add(argument);
        }
        return bound;
    }

    /** Integers pass where floats are expected; a value of unknown type is checked by equality at run time. */
    private static boolean assignable(CypherType declared, CypherType actual) {
        return declared.accepts(actual) || actual == CypherType.ANY
                || (declared == CypherType.FLOAT && actual.isNumeric())
                || (declared == CypherType.INTEGER && actual == CypherType.NUMBER);
    }

    /** The outputs to bind, by the variable each is bound to. */
    private Map<String, ProcedureField> yields(CallProcedure call, ProcedureSignature signature, boolean standalone) {
        Map<String, ProcedureField> yields = new LinkedHashMap<>();
        if (call.yieldAll() && !standalone) {
            throw new SyntaxError("UnexpectedSyntax", "YIELD * can only be used in a standalone procedure call",
                    call.span());
        }
        if (call.yields().isEmpty()) {
            if (standalone) {
                signature.outputs().forEach(f -> yields.put(f.name(), f));
            }
            return yields;
        }
        for (YieldItem item : call.yields()) {
            ProcedureField field = signature.output(item.field()).orElseThrow(() -> new SyntaxError(
                    "UndefinedVariable", "Unknown procedure output: `" + item.field() + "` (" + signature + ")",
                    item.span()));
            String variable = item.alias().map(v -> v.name()).orElse(item.field());
            if (scope.contains(variable) || yields.containsKey(variable)) {
                throw new SyntaxError("VariableAlreadyBound", "Variable `" + variable + "` already declared",
                        item.alias().map(v -> v.span()).orElse(item.span()));
            }
            yields.put(variable, field);
        }
        return yields;
    }

    private void project(Map<String, ProcedureField> yields, java.util.function.Function<ProcedureField, Expr> value) {
        List<NamedExpr> items = new ArrayList<>();
        plan.variables().forEach((name, type) -> {
            if (scope.contains(name)) {
                items.add(new NamedExpr(name, new VariableRef(name, type)));
            }
        });
        yields.forEach((variable, field) -> {
            Expr expr = value.apply(field);
            items.add(new NamedExpr(variable, expr));
            scope = scope.with(variable, VariableInfo.value(expr.type()));
            columns.add(variable);
        });
        plan = new Project(plan, items);
    }

    private static CypherType rowType(Procedure procedure) {
        Map<String, CypherType> fields = new LinkedHashMap<>();
        allFields(procedure.signature()).forEach(f -> fields.put(f.name(), procedure.columnType(f)));
        return new CypherType.MapOf(fields);
    }

    private static Expr table(Procedure procedure, CypherType rowType) {
        List<ProcedureField> fields = allFields(procedure.signature());
        List<Expr> rows = new ArrayList<>();
        for (Map<String, Object> row : procedure.rows()) {
            List<Expr> values = new ArrayList<>();
            for (ProcedureField field : fields) {
                Object value = row.get(field.name());
                CypherType type = procedure.columnType(field);
                values.add(new Literal(value instanceof Long l && type == CypherType.FLOAT ? l.doubleValue() : value,
                        type));
            }
            rows.add(new MapOf(fields.stream().map(ProcedureField::name).toList(), values));
        }
        return new ListOf(rows, CypherType.listOf(rowType));
    }

    /** Each argument equals its field, null equal to null. */
    private static Expr argumentsMatch(Procedure procedure, LambdaVariable row, List<Expr> arguments) {
        Expr all = Literal.of(true);
        for (int i = 0; i < arguments.size(); i++) {
            ProcedureField input = procedure.signature().inputs().get(i);
            Expr field = new FieldOf(row, input.name(), procedure.columnType(input));
            Expr argument = arguments.get(i);
            Expr bothNull = new Binary(Binary.Op.AND, new NullCheck(field, false), new NullCheck(argument, false),
                    CypherType.BOOLEAN);
            Expr equal = new Binary(Binary.Op.EQUALS, field, argument, CypherType.BOOLEAN);
            Expr matches = new Binary(Binary.Op.OR, bothNull, equal, CypherType.BOOLEAN);
            all = i == 0 ? matches : new Binary(Binary.Op.AND, all, matches, CypherType.BOOLEAN);
        }
        return all;
    }

    private static List<ProcedureField> allFields(ProcedureSignature signature) {
        List<ProcedureField> fields = new ArrayList<>(signature.inputs());
        fields.addAll(signature.outputs());
        return fields;
    }
}
