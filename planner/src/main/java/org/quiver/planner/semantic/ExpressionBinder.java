package org.quiver.planner.semantic;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.quiver.parser.ast.BinaryExpression;
import org.quiver.parser.ast.BooleanLiteral;
import org.quiver.parser.ast.CaseExpression;
import org.quiver.parser.ast.CountStar;
import org.quiver.parser.ast.ListComprehension;
import org.quiver.parser.ast.Quantified;
import org.quiver.parser.ast.Subscript;
import org.quiver.parser.ast.Expression;
import org.quiver.parser.ast.FloatLiteral;
import org.quiver.parser.ast.FunctionCall;
import org.quiver.parser.ast.HasLabels;
import org.quiver.parser.ast.IntegerLiteral;
import org.quiver.parser.ast.IsNull;
import org.quiver.parser.ast.LabelExpression;
import org.quiver.parser.ast.ListLiteral;
import org.quiver.parser.ast.MapLiteral;
import org.quiver.parser.ast.NullLiteral;
import org.quiver.parser.ast.Parameter;
import org.quiver.parser.ast.PropertyAccess;
import org.quiver.parser.ast.Span;
import org.quiver.parser.ast.StringLiteral;
import org.quiver.parser.ast.UnaryExpression;
import org.quiver.parser.ast.Variable;
import org.quiver.parser.error.ParameterMissing;
import org.quiver.parser.error.SyntaxError;
import org.quiver.parser.error.TypeError;
import org.quiver.parser.error.UnsupportedFeature;
import org.quiver.planner.expr.AggregateCall;
import org.quiver.planner.expr.Binary;
import org.quiver.planner.expr.CaseWhen;
import org.quiver.planner.expr.Expr;
import org.quiver.planner.expr.HasLabel;
import org.quiver.planner.expr.IndexOf;
import org.quiver.planner.expr.LambdaVariable;
import org.quiver.planner.expr.ListComprehensionOf;
import org.quiver.planner.expr.ListPredicate;
import org.quiver.planner.expr.ListOf;
import org.quiver.planner.expr.Literal;
import org.quiver.planner.expr.MapOf;
import org.quiver.planner.expr.NullCheck;
import org.quiver.planner.expr.ParameterRef;
import org.quiver.planner.expr.PropertyOf;
import org.quiver.planner.expr.ScalarCall;
import org.quiver.planner.expr.Unary;
import org.quiver.planner.expr.VariableRef;
import org.quiver.planner.schema.GraphSchema;
import org.quiver.planner.types.CypherType;

/**
 * Turns AST expressions into bound, typed {@link Expr}s in a scope, raising the user's mistakes
 * (undefined variables, misplaced aggregation, type errors known before running) with their
 * positions.
 */
public final class ExpressionBinder {
    private final BindContext context;
    private final Scope scope;
    private final boolean aggregationAllowed;
    /** Element variables of the list predicates and comprehensions being bound, innermost last. */
    private final java.util.Map<String, CypherType> lambdas;
    private final OperatorBinder operators = new OperatorBinder();
    private final FunctionBinder functions;

    /** Pattern predicates already planned below the expression, each read from its flag variable. */
    private final java.util.Map<Expression, String> patternFlags;
    /** Whether parameters stay {@link ParameterRef}s instead of becoming literals of their values. */
    private final boolean symbolicParameters;

    public ExpressionBinder(BindContext context, Scope scope, boolean aggregationAllowed) {
        this(context, scope, aggregationAllowed, java.util.Map.of(), java.util.Map.of(), false);
    }

    ExpressionBinder(BindContext context, Scope scope, boolean aggregationAllowed,
            java.util.Map<Expression, String> patternFlags) {
        this(context, scope, aggregationAllowed, java.util.Map.of(), patternFlags, false);
    }

    private ExpressionBinder(BindContext context, Scope scope, boolean aggregationAllowed,
            java.util.Map<String, CypherType> lambdas,
            java.util.Map<Expression, String> patternFlags, boolean symbolicParameters) {
        this.context = context;
        this.scope = scope;
        this.aggregationAllowed = aggregationAllowed;
        this.lambdas = lambdas;
        this.patternFlags = patternFlags;
        this.symbolicParameters = symbolicParameters;
        this.functions = new FunctionBinder(this);
    }

    /**
     * A binder of expressions that read no variable and whose parameters stay named, so that the
     * plan does not depend on their values (SKIP and LIMIT).
     */
    static ExpressionBinder keepingParameters(BindContext context) {
        return new ExpressionBinder(context, Scope.EMPTY, false, java.util.Map.of(), java.util.Map.of(), true);
    }

    /** A binder that also sees {@code variable} as an element variable. */
    ExpressionBinder withLambda(String variable, CypherType type) {
        java.util.Map<String, CypherType> inner = new java.util.HashMap<>(lambdas);
        inner.put(variable, type);
        // Aggregating inside a list predicate or comprehension has no group to aggregate over.
        return new ExpressionBinder(context, scope, false, inner, patternFlags, symbolicParameters);
    }

    public Expr bind(Expression e) {
        return bind(e, false);
    }

    Expr bind(Expression e, boolean insideAggregation) {
        if (e instanceof IntegerLiteral i) {
            return Literal.of(i.value());
        } else if (e instanceof FloatLiteral f) {
            return new Literal(f.value(), CypherType.FLOAT);
        } else if (e instanceof StringLiteral s) {
            return new Literal(s.value(), CypherType.STRING);
        } else if (e instanceof BooleanLiteral b) {
            return Literal.of(b.value());
        } else if (e instanceof NullLiteral) {
            return Literal.ofNull();
        } else if (e instanceof ListLiteral l) {
            Expr list = list(l, insideAggregation);
            return ValueNesting.checked(list, list.type(), l.span());
        } else if (e instanceof MapLiteral m) {
            Expr map = map(m, insideAggregation);
            return ValueNesting.checked(map, map.type(), m.span());
        } else if (e instanceof org.quiver.parser.ast.MapProjection m) {
            return mapProjection(m, insideAggregation);
        } else if (e instanceof Parameter p) {
            Expr parameter = parameter(p);
            return ValueNesting.checked(parameter, parameter.type(), p.span());
        } else if (e instanceof Variable v) {
            return variable(v);
        } else if (e instanceof PropertyAccess p) {
            return property(p, insideAggregation);
        } else if (e instanceof BinaryExpression b) {
            return operators.binary(b.operator(), bind(b.left(), insideAggregation), bind(b.right(), insideAggregation),
                    b.span());
        } else if (e instanceof UnaryExpression u) {
            return operators.unary(u.operator(), bind(u.operand(), insideAggregation), u.span());
        } else if (e instanceof IsNull n) {
            return new NullCheck(bind(n.operand(), insideAggregation), n.negated());
        } else if (e instanceof HasLabels h) {
            return labels(bind(h.subject(), insideAggregation), h.labels(), h.span());
        } else if (e instanceof CountStar c) {
            checkAggregationAllowed("count(*)", insideAggregation, c.span());
            return new AggregateCall(AggregateCall.Function.COUNT, false, Optional.empty(), CypherType.INTEGER);
        } else if (e instanceof FunctionCall f) {
            return functions.bind(f, insideAggregation);
        } else if (e instanceof CaseExpression c) {
            return caseExpression(c, insideAggregation);
        } else if (patternFlags.containsKey(e)) {
            String name = patternFlags.get(e);
            VariableRef planned = new VariableRef(name, scope.lookup(name).map(VariableInfo::type).orElse(CypherType.BOOLEAN));
            // COUNT { … } was planned as a list of one element per match, or around a whole query as the count.
            if (e instanceof org.quiver.parser.ast.CountSubquery) {
                return planned.type() instanceof CypherType.ListOf
                        ? new ScalarCall("size", List.of(planned), CypherType.INTEGER) : planned;
            }
            if (e instanceof ListComprehension c) {
                return ListSubqueries.value(c, bind(c.list(), insideAggregation), planned);
            }
            if (e instanceof Quantified q) {
                return ListSubqueries.value(q, bind(q.list(), insideAggregation), planned);
            }
            // shortestPath(…) was planned as the list of its paths (one, or none): the path or null.
            if (e instanceof org.quiver.parser.ast.ShortestPathExpression shortest
                    && shortest.pattern().selector() == org.quiver.parser.ast.PatternPart.PathSelector.SHORTEST) {
                return new IndexOf(planned, Literal.of(0L), CypherType.PATH);
            }
            return planned;
        } else if (e instanceof Quantified q) {
            return quantified(q, insideAggregation);
        } else if (e instanceof ListComprehension c) {
            return comprehension(c, insideAggregation);
        } else if (e instanceof org.quiver.parser.ast.Reduce r) {
            return ReduceBinding.bind(r, this, insideAggregation);
        } else if (e instanceof Subscript s) {
            return subscript(s, insideAggregation);
        } else if (e instanceof org.quiver.parser.ast.Slice s) {
            return slice(s, insideAggregation);
        } else if (e instanceof org.quiver.parser.ast.PatternExpression && lambdas.isEmpty()) {
            // Predicates of WHERE were planned before (patternFlags); anywhere else a pattern is no value.
            throw new SyntaxError("UnexpectedSyntax", "A pattern expression can only test for the existence of a "
                    + "pattern in WHERE; use EXISTS { … }, COUNT { … } or a pattern comprehension", e.span());
        }
        throw new UnsupportedFeature(constructName(e), e.span());
    }

    void checkAggregationAllowed(String function, boolean insideAggregation, Span span) {
        if (insideAggregation) {
            throw new SyntaxError("NestedAggregation",
                    "Can't use aggregating function " + function + " inside another aggregating function", span);
        }
        if (!aggregationAllowed) {
            throw new SyntaxError("InvalidAggregation",
                    "Invalid use of aggregating function " + function + " in this context", span);
        }
    }

    private Expr list(ListLiteral l, boolean insideAggregation) {
        List<Expr> elements = new ArrayList<>();
        CypherType elementType = null;
        boolean constant = true;
        for (Expression element : l.elements()) {
            Expr bound = bind(element, insideAggregation);
            elements.add(bound);
            constant &= bound instanceof Literal;
            elementType = elementType == null ? bound.type() : elementType.join(bound.type());
        }
        if (elementType != null && elementType.isMixed()) {
            CypherType mixed = CypherType.listOf(CypherType.ANY);
            if (constant) {
                return new Literal(elements.stream().map(x -> ((Literal) x).value())
                        .collect(java.util.stream.Collectors.toCollection(ArrayList::new)), mixed);
            }
            return new ListOf(elements.stream().map(MixedValues::toAny).toList(), mixed);
        }
        CypherType type = CypherType.listOf(elementType == null ? CypherType.NULL : elementType);
        if (constant) {
            return new Literal(elements.stream().map(x -> ((Literal) x).value()).toList().stream()
                    .collect(java.util.stream.Collectors.toCollection(ArrayList::new)), type);
        }
        return new ListOf(elements, type);
    }

    private Expr map(MapLiteral m, boolean insideAggregation) {
        if (m.entries().isEmpty()) {
            return new Literal(new java.util.LinkedHashMap<String, Object>(), new CypherType.MapOf(java.util.Map.of()));
        }
        List<String> keys = new ArrayList<>();
        List<Expr> values = new ArrayList<>();
        for (MapLiteral.Entry entry : m.entries()) {
            keys.add(entry.key());
            Expr value = bind(entry.value(), insideAggregation);
            values.add(value);
        }
        return new MapOf(keys, values);
    }

    /** A map projection of a null node, relationship or map is null. */
    private Expr mapProjection(org.quiver.parser.ast.MapProjection m, boolean insideAggregation) {
        Expr subject = bind(m.subject(), insideAggregation);
        if (subject.type() == CypherType.NULL) {
            return Literal.ofNull();
        }
        Expr map = bind(MapProjections.asExpression(m), insideAggregation);
        // An entity is null when its id is, which spares reading its whole value.
        Expr present = subject.type().isEntity()
                ? bind(new FunctionCall("", "id", false, List.of(m.subject()), m.span()), insideAggregation) : subject;
        return new CaseWhen(List.of(new org.quiver.planner.expr.NullCheck(present, false)),
                List.of(new Literal(null, map.type())), map, map.type());
    }

    private Expr parameter(Parameter p) {
        if (!context.parameters().containsKey(p.name())) {
            throw new ParameterMissing("MissingParameter", "Expected parameter $" + p.name() + " to be given", p.span());
        }
        Literal value = ParameterValues.literal(context.parameters().get(p.name()), "$" + p.name(), p.span());
        return symbolicParameters ? new ParameterRef(p.name(), value.type()) : value;
    }

    private Expr variable(Variable v) {
        if (lambdas.containsKey(v.name())) {
            return new LambdaVariable(v.name(), lambdas.get(v.name()));
        }
        VariableInfo info = scope.lookup(v.name()).orElseThrow(() -> new SyntaxError("UndefinedVariable",
                "Variable `" + v.name() + "` not defined", v.span()));
        return new VariableRef(v.name(), info.type());
    }

    private Expr property(PropertyAccess p, boolean insideAggregation) {
        Expr subject = bind(p.subject(), insideAggregation);
        if (subject instanceof VariableRef ref && ref.type().isEntity()) {
            VariableInfo info = scope.lookup(ref.name()).orElseThrow();
            Optional<CypherType> type = ref.type() == CypherType.NODE
                    ? context.schema().nodePropertyType(context.schema().combinationsWith(info.labels()), p.key())
                    : context.schema().relationshipPropertyType(relationshipTypes(info.labels()), p.key());
            return new PropertyOf(ref, p.key(), type.orElse(CypherType.NULL));
        }
        if (subject.type() == CypherType.NULL) {
            return Literal.ofNull();
        }
        if (subject.type().isTemporal()) {
            CypherType field = TemporalFunctionBinder.accessorType(subject.type(), p.key()).orElseThrow(() ->
                    new SyntaxError("InvalidArgumentType", "A " + subject.type().displayName()
                            + " value has no field `" + p.key() + "`", p.span()));
            return TemporalFunctionBinder.accessor(subject, p.key(), field);
        }
        if (subject.type() instanceof CypherType.MapOf map) {
            CypherType field = map.fields().get(p.key());
            if (field == null || field == CypherType.NULL) {
                return Literal.ofNull();
            }
            if (subject instanceof Literal literal && literal.value() instanceof java.util.Map<?, ?> values) {
                return ParameterValues.literal(values.get(p.key()), "map", p.span());
            }
            return new org.quiver.planner.expr.FieldOf(subject, p.key(), field);
        }
        if (subject.type().isEntity()) {
            // A node or relationship computed by an expression (a list element, a path's node).
            GraphSchema schema = context.schema();
            Optional<CypherType> type = subject.type() == CypherType.NODE
                    ? schema.nodePropertyType(schema.combinationsWith(Set.of()), p.key())
                    : schema.relationshipPropertyType(List.copyOf(schema.relationshipTypes().keySet()), p.key());
            return new org.quiver.planner.expr.FieldOf(subject, p.key(), type.orElse(CypherType.NULL));
        }
        if (MixedValues.isAny(subject.type())) {
            return MixedValues.call("property", List.of(subject, new Literal(p.key(), CypherType.STRING)),
                    CypherType.ANY);
        }
        if (subject.type() == CypherType.MAP) {
            throw new UnsupportedFeature("Property access on a " + subject.type().displayName() + " expression",
                    p.span());
        }
        if (subject.type() == CypherType.PATH) {
            throw new SyntaxError("InvalidArgumentType", "Type mismatch: expected Map, Node or Relationship but was Path",
                    p.span());
        }
        // The TCK expects a TypeError here, not the SyntaxError other compile-time type checks raise.
        throw new TypeError("InvalidArgumentType", "Type mismatch: expected Map, Node or Relationship but was "
                + subject.type().displayName(), p.span());
    }

    List<String> relationshipTypes(Set<String> known) {
        return known.isEmpty() ? List.copyOf(context.schema().relationshipTypes().keySet()) : List.copyOf(known);
    }

    private Expr labels(Expr subject, LabelExpression labels, Span span) {
        if (subject.type() == CypherType.NODE) {
            return labelPredicate(subject, labels, false);
        }
        if (subject.type() == CypherType.RELATIONSHIP) {
            return labelPredicate(subject, labels, true);
        }
        if (subject.type() == CypherType.NULL) {
            return Literal.ofNull();
        }
        throw new SyntaxError("InvalidArgumentType",
                "Type mismatch: expected Node or Relationship but was " + subject.type().displayName(), span);
    }

    /** A label expression as a predicate over a node, or over a relationship's type. */
    Expr labelPredicate(Expr subject, LabelExpression labels, boolean relationship) {
        if (labels instanceof LabelExpression.Name name) {
            if (relationship) {
                return new Binary(Binary.Op.EQUALS, new ScalarCall("type", List.of(subject), CypherType.STRING),
                        new Literal(name.name(), CypherType.STRING), CypherType.BOOLEAN);
            }
            return new HasLabel(subject, name.name());
        } else if (labels instanceof LabelExpression.And and) {
            return new Binary(Binary.Op.AND, labelPredicate(subject, and.left(), relationship),
                    labelPredicate(subject, and.right(), relationship), CypherType.BOOLEAN);
        } else if (labels instanceof LabelExpression.Or or) {
            return new Binary(Binary.Op.OR, labelPredicate(subject, or.left(), relationship),
                    labelPredicate(subject, or.right(), relationship), CypherType.BOOLEAN);
        } else if (labels instanceof LabelExpression.Not not) {
            return new Unary(Unary.Op.NOT, labelPredicate(subject, not.operand(), relationship), CypherType.BOOLEAN);
        }
        throw new UnsupportedFeature("The label wildcard `%`", labels.span());
    }

    private Expr caseExpression(CaseExpression c, boolean insideAggregation) {
        Optional<Expr> subject = c.subject().map(s -> bind(s, insideAggregation));
        List<Expr> conditions = new ArrayList<>();
        List<Expr> results = new ArrayList<>();
        CypherType type = null;
        for (CaseExpression.When when : c.alternatives()) {
            Expr condition = bind(when.condition(), insideAggregation);
            if (subject.isPresent()) {
                condition = operators.binary(org.quiver.parser.ast.BinaryOperator.EQUALS, subject.get(), condition,
                        when.span());
            }
            conditions.add(condition);
            Expr result = bind(when.result(), insideAggregation);
            results.add(result);
            type = type == null ? result.type() : type.join(result.type());
        }
        Expr otherwise = c.otherwise().map(o -> bind(o, insideAggregation)).orElse(Literal.ofNull());
        type = type.join(otherwise.type());
        if (type.isMixed()) {
            type = MixedValues.normalize(type);
            if (type == CypherType.ANY) {
                results = results.stream().map(MixedValues::toAny).toList();
                otherwise = MixedValues.toAny(otherwise);
            } else {
                // Every branch is a list or null: each list becomes a list of Any.
                results = results.stream().map(this::asAnyList).toList();
                otherwise = asAnyList(otherwise);
            }
        }
        return new CaseWhen(conditions, results, otherwise, type);
    }

    private Expr asAnyList(Expr e) {
        return e.type() instanceof CypherType.ListOf ? MixedValues.toAnyList(e, "  case") : e;
    }

    /** The element type of a list being iterated: an empty literal list has no elements to type. */
    CypherType elementType(Expr list, org.quiver.parser.ast.Span span) {
        if (list instanceof Literal l && l.value() instanceof List<?> values && values.isEmpty()) {
            return CypherType.NULL;
        }
        if (list.type() instanceof CypherType.ListOf of) {
            return MixedValues.normalize(of.element());
        }
        if (list.type() == CypherType.NULL) {
            return CypherType.NULL;
        }
        throw new SyntaxError("InvalidArgumentType", "Type mismatch: expected a List but was "
                + list.type().displayName(), span);
    }

    private Expr quantified(Quantified q, boolean insideAggregation) {
        Expr list = bind(q.list(), insideAggregation);
        CypherType element = elementType(list, q.list().span());
        ExpressionBinder inner = withLambda(q.variable().name(), element);
        Expr predicate = asPredicate(q.where().map(w -> inner.bind(w, insideAggregation)).orElse(Literal.of(true)));
        if (predicate.type() != CypherType.BOOLEAN && predicate.type() != CypherType.NULL) {
            throw new SyntaxError("InvalidArgumentType", "Type mismatch: expected Boolean but was "
                    + predicate.type().displayName(), q.span());
        }
        if (list.type() == CypherType.NULL) {
            return Literal.ofNull();
        }
        return new ListPredicate(ListPredicate.Kind.valueOf(q.quantifier().name()), q.variable().name(), list, predicate);
    }

    private Expr comprehension(ListComprehension c, boolean insideAggregation) {
        Expr list = bind(c.list(), insideAggregation);
        CypherType element = elementType(list, c.list().span());
        ExpressionBinder inner = withLambda(c.variable().name(), element);
        Expr predicate = asPredicate(c.where().map(w -> inner.bind(w, insideAggregation)).orElse(Literal.of(true)));
        Expr projection = c.projection().map(p -> inner.bind(p, insideAggregation))
                .orElse(new LambdaVariable(c.variable().name(), element));
        if (list.type() == CypherType.NULL) {
            return Literal.ofNull();
        }
        CypherType result = projection.type();
        if (result.isMixed()) {
            return new ListComprehensionOf(c.variable().name(), list, predicate, MixedValues.toAny(projection),
                    CypherType.listOf(CypherType.ANY));
        }
        if (result.isMap()) {
            throw new UnsupportedFeature("A list comprehension giving " + result.displayName() + " values", c.span());
        }
        return new ListComprehensionOf(c.variable().name(), list, predicate, projection,
                CypherType.listOf(result == CypherType.NULL ? CypherType.NULL : result));
    }

    /** A condition whose type is only known at run time is checked to be a boolean when it runs. */
    static Expr asPredicate(Expr condition) {
        return MixedValues.isAny(condition.type())
                ? MixedValues.call("predicate", List.of(condition), CypherType.BOOLEAN) : condition;
    }

    private Expr slice(org.quiver.parser.ast.Slice s, boolean insideAggregation) {
        Expr list = bind(s.subject(), insideAggregation);
        java.util.Optional<Expr> from = s.from().map(f -> bind(f, insideAggregation));
        java.util.Optional<Expr> to = s.to().map(t -> bind(t, insideAggregation));
        if (list.type() == CypherType.NULL || from.map(f -> f.type() == CypherType.NULL).orElse(false)
                || to.map(t -> t.type() == CypherType.NULL).orElse(false)) {
            return Literal.ofNull();
        }
        if (!(list.type() instanceof CypherType.ListOf)) {
            throw new UnsupportedFeature("Slicing a " + list.type().displayName() + " value", s.span());
        }
        for (Expr bound : List.of(from.orElse(Literal.of(0)), to.orElse(Literal.of(0)))) {
            if (bound.type() != CypherType.INTEGER) {
                throw new SyntaxError("InvalidArgumentType", "Type mismatch: a slice bound must be an Integer, not "
                        + bound.type().displayName(), s.span());
            }
        }
        return new org.quiver.planner.expr.SliceOf(list, from, to);
    }

    private Expr subscript(Subscript s, boolean insideAggregation) {
        Expr list = bind(s.subject(), insideAggregation);
        Expr index = bind(s.index(), insideAggregation);
        if (list.type() == CypherType.NULL || index.type() == CypherType.NULL) {
            return Literal.ofNull();
        }
        if (list.type() instanceof CypherType.MapOf map && index instanceof Literal key
                && key.value() instanceof String name) {
            CypherType field = map.fields().get(name);
            return field == null || field == CypherType.NULL ? Literal.ofNull()
                    : new org.quiver.planner.expr.FieldOf(list, name, field);
        }
        CypherType subject = list.type();
        // Indexing a scalar fails when it runs, as in Neo4j: the value may be a parameter, whose
        // type a plan must not depend on.
        boolean scalar = subject == CypherType.BOOLEAN || subject == CypherType.INTEGER
                || subject == CypherType.FLOAT || subject == CypherType.STRING;
        if (scalar || subject.isEntity() || subject.isMap() || MixedValues.isAny(subject)) {
            // A key computed per row (or a list index into a value of unknown type): looked up when it runs.
            return MixedValues.call("index", List.of(list, index), CypherType.ANY);
        }
        if (!(list.type() instanceof CypherType.ListOf of)) {
            throw new UnsupportedFeature("Indexing a " + list.type().displayName() + " value", s.span());
        }
        if (index.type() != CypherType.INTEGER) {
            throw new TypeError("InvalidArgumentType", "Type mismatch: a list index must be an Integer, not "
                    + index.type().displayName(), s.index().span());
        }
        return new IndexOf(list, index, MixedValues.normalize(of.element()));
    }

    static String constructName(Expression e) {
        String simple = e.getClass().getSimpleName();
        return switch (simple) {
            case "Subscript" -> "Indexing with `[]`";
            case "Slice" -> "List slicing";
            case "ListComprehension" -> "List comprehension";
            case "Quantified" -> "Quantified predicates (all/any/none/single)";
            case "Reduce" -> "reduce()";
            case "PatternExpression" -> "A pattern used as an expression";
            case "PatternComprehension" -> "Pattern comprehension";
            case "MapProjection" -> "Map projection";
            case "ExistsSubquery" -> "EXISTS { … }";
            case "CountSubquery" -> "COUNT { … }";
            case "CollectSubquery" -> "COLLECT { … }";
            case "ShortestPathExpression" -> "shortestPath() as an expression";
            default -> simple;
        };
    }

    Scope scope() {
        return scope;
    }

    BindContext context() {
        return context;
    }
}
