package org.quiver.compile;

import org.quiver.graph.SparkTypes;
import static org.apache.spark.sql.functions.lit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.quiver.planner.expr.AggregateCall;
import org.quiver.planner.expr.Binary;
import org.quiver.planner.expr.CaseWhen;
import org.quiver.planner.expr.ColumnRef;
import org.quiver.planner.expr.Expr;
import org.quiver.planner.expr.FieldOf;
import org.quiver.planner.expr.HasLabel;
import org.quiver.planner.expr.IndexOf;
import org.quiver.planner.expr.LambdaVariable;
import org.quiver.planner.expr.ListComprehensionOf;
import org.quiver.planner.expr.ListPredicate;
import org.quiver.planner.expr.ListOf;
import org.quiver.planner.expr.Literal;
import org.quiver.planner.expr.MapOf;
import org.quiver.planner.expr.NodeValue;
import org.quiver.planner.expr.NullCheck;
import org.quiver.planner.expr.RelationshipValue;
import org.quiver.planner.expr.ScalarCall;
import org.quiver.planner.expr.Unary;
import org.quiver.planner.types.CypherType;

/** Relational expressions as Spark columns, with built-in Spark functions only. */
final class ExpressionCompiler {
    private static final ExpressionCompiler TOP_LEVEL = new ExpressionCompiler(Map.of());

    /** The Spark lambda variables that stand for the element variables in scope. */
    private final Map<String, Column> lambdas;

    private ExpressionCompiler(Map<String, Column> lambdas) {
        this.lambdas = lambdas;
    }

    static Column compile(Expr e) {
        return TOP_LEVEL.column(e);
    }

    private ExpressionCompiler with(String variable, Column element) {
        Map<String, Column> inner = new java.util.HashMap<>(lambdas);
        inner.put(variable, element);
        return new ExpressionCompiler(inner);
    }

    private Column column(Expr e) {
        if (e instanceof LambdaVariable v) {
            return lambdas.get(v.name());
        } else if (e instanceof ListPredicate p) {
            return listPredicate(p);
        } else if (e instanceof org.quiver.planner.expr.ReduceOf r) {
            // The initial value and each step have the accumulator's type (the binder made sure).
            return functions.aggregate(column(r.list()), column(r.initial()),
                    (acc, x) -> with(r.accumulator(), acc).with(r.variable(), x).column(r.expression()));
        } else if (e instanceof ListComprehensionOf c) {
            Column filtered = functions.filter(column(c.list()), x -> with(c.variable(), x).column(c.predicate()));
            return functions.transform(filtered, x -> with(c.variable(), x).column(c.projection()));
        } else if (e instanceof org.quiver.planner.expr.SliceOf slice) {
            return slice(slice);
        } else if (e instanceof FieldOf f) {
            return column(f.map()).getField(f.key());
        } else if (e instanceof IndexOf i) {
            Column list = column(i.list());
            Column index = column(i.index());
            // Cypher counts from 0 and from the end with negative indexes; out of range is null.
            Column position = functions.when(index.geq(lit(0)), index.plus(lit(1)))
                    .otherwise(functions.size(list).plus(index).plus(lit(1)));
            return functions.when(position.between(lit(1), functions.size(list)),
                    functions.try_element_at(list, position.cast(DataTypes.IntegerType)));
        } else if (e instanceof ColumnRef c) {
            return ColumnNames.col(c.column());
        } else if (e instanceof Literal l) {
            return literal(l.value(), l.type());
        } else if (e instanceof Binary b) {
            return binary(b);
        } else if (e instanceof Unary u) {
            Column operand = column(u.operand());
            return u.op() == Unary.Op.NOT ? functions.not(operand.cast(DataTypes.BooleanType)) : functions.negate(operand);
        } else if (e instanceof NullCheck n) {
            Column operand = column(n.operand());
            return n.negated() ? operand.isNotNull() : operand.isNull();
        } else if (e instanceof HasLabel h) {
            return functions.array_contains(column(h.node()), h.label());
        } else if (e instanceof ScalarCall call && call.function().startsWith("any.")) {
            return org.quiver.anyvalue.AnyOperations.call(call.function().substring("any.".length()),
                    call.arguments().stream().map(this::column).toList(),
                    call.arguments().stream().map(Expr::type).toList());
        } else if (e instanceof ScalarCall call) {
            return ScalarFunctions.compile(call, call.arguments().stream().map(this::column).toList());
        } else if (e instanceof AggregateCall a) {
            return aggregate(a);
        } else if (e instanceof ListOf list) {
            Column array = functions.array(list.elements().stream().map(this::column).toArray(Column[]::new));
            return list.elements().isEmpty() ? array.cast(SparkTypes.of(CypherType.listOf(CypherType.STRING))) : array;
        } else if (e instanceof MapOf map) {
            return struct(map.keys(), map.values().stream().map(this::column).toList());
        } else if (e instanceof CaseWhen c) {
            Column out = functions.when(column(c.conditions().get(0)), column(c.results().get(0)));
            for (int i = 1; i < c.conditions().size(); i++) {
                out = out.when(column(c.conditions().get(i)), column(c.results().get(i)));
            }
            return out.otherwise(column(c.otherwise()));
        } else if (e instanceof NodeValue n) {
            Column id = column(n.id());
            // A node that OPTIONAL MATCH did not find is null, not a struct of nulls.
            return functions.when(id.isNotNull(), functions.struct(id.as("id"), column(n.labels()).as("labels"),
                    struct(n.keys(), n.properties().stream().map(this::column).toList()).as("properties")));
        } else if (e instanceof org.quiver.planner.expr.PathValue p) {
            Column nodes = column(p.nodes());
            // A path whose first node OPTIONAL MATCH did not find is null.
            return functions.when(functions.element_at(nodes, 1).isNotNull(),
                    functions.struct(nodes.as("nodes"), column(p.relationships()).as("relationships")));
        } else if (e instanceof RelationshipValue r) {
            Column id = column(r.id());
            return functions.when(id.isNotNull(), functions.struct(id.as("id"), column(r.relType()).as("type"),
                    column(r.source()).as("start"), column(r.target()).as("end"),
                    struct(r.keys(), r.properties().stream().map(this::column).toList()).as("properties")));
        }
        throw new IllegalStateException("the Spark backend cannot compile " + e.getClass().getSimpleName()
                + " (it should have been lowered): " + e);
    }

    /** all/any/none/single with three-valued logic: a null predicate result makes the answer unknown unless decided. */
    private Column listPredicate(ListPredicate p) {
        Column list = column(p.list());
        java.util.function.Function<Column, Column> predicate = x -> with(p.variable(), x).column(p.predicate());
        return switch (p.kind()) {
            case ALL -> functions.forall(list, predicate::apply);
            case ANY -> functions.exists(list, predicate::apply);
            case NONE -> functions.not(functions.exists(list, predicate::apply));
            case SINGLE -> {
                Column trues = functions.size(functions.filter(list, x -> predicate.apply(x).equalTo(lit(true))));
                Column unknowns = functions.size(functions.filter(list, x -> predicate.apply(x).isNull()));
                yield functions.when(list.isNull(), lit(null).cast(DataTypes.BooleanType))
                        .when(trues.gt(lit(1)), lit(false))
                        .when(unknowns.gt(lit(0)), lit(null).cast(DataTypes.BooleanType))
                        .otherwise(trues.equalTo(lit(1)));
            }
        };
    }

    private static Column struct(List<String> names, List<Column> values) {
        List<Column> fields = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            fields.add(values.get(i).as(names.get(i)));
        }
        return functions.struct(fields.toArray(Column[]::new));
    }

    static Column literal(Object value, CypherType type) {
        if (org.quiver.anyvalue.AnyColumns.isVariant(type)) {
            return org.quiver.anyvalue.AnyColumns.literal(value);
        }
        if (value instanceof List<?> list && type instanceof CypherType.ListOf of
                && org.quiver.anyvalue.AnyColumns.isVariant(of.element())) {
            return org.quiver.anyvalue.AnyColumns.literalList(list);
        }
        if (value == null) {
            return type == CypherType.NULL || !isPlain(type) ? lit(null) : lit(null).cast(SparkTypes.of(type));
        }
        if (type.isTemporal()) {
            return org.quiver.temporal.TemporalUdfs.literal(value);
        }
        if (value instanceof List<?> list) {
            CypherType element = type instanceof CypherType.ListOf l ? l.element() : CypherType.ANY;
            List<Column> elements = new ArrayList<>();
            for (Object item : list) {
                elements.add(literal(item, element));
            }
            Column array = functions.array(elements.toArray(Column[]::new));
            return isPlain(type) ? array.cast(SparkTypes.of(type)) : array;
        }
        if (value instanceof Map<?, ?> map && map.isEmpty()) {
            // Spark has no struct without fields; an empty map is an empty string-keyed map.
            return functions.map().cast(DataTypes.createMapType(DataTypes.StringType, DataTypes.StringType));
        }
        if (value instanceof Map<?, ?> map) {
            List<String> names = new ArrayList<>();
            List<Column> values = new ArrayList<>();
            Map<String, CypherType> fields = type instanceof CypherType.MapOf known ? known.fields() : Map.of();
            map.forEach((k, v) -> {
                names.add((String) k);
                values.add(literal(v, fields.getOrDefault((String) k, typeOf(v))));
            });
            return struct(names, values);
        }
        return lit(value);
    }

    private static CypherType typeOf(Object value) {
        if (value instanceof Long) {
            return CypherType.INTEGER;
        } else if (value instanceof Double) {
            return CypherType.FLOAT;
        } else if (value instanceof String) {
            return CypherType.STRING;
        } else if (value instanceof Boolean) {
            return CypherType.BOOLEAN;
        }
        return CypherType.ANY;
    }

    private static boolean isPlain(CypherType type) {
        if (type instanceof CypherType.ListOf list) {
            return isPlain(list.element()) && list.element() != CypherType.NULL;
        }
        return type == CypherType.INTEGER || type == CypherType.FLOAT || type == CypherType.STRING
                || type == CypherType.BOOLEAN;
    }

    private Column binary(Binary b) {
        Column l = column(b.left());
        Column r = column(b.right());
        if ((b.op() == Binary.Op.EQUALS || b.op() == Binary.Op.NOT_EQUALS)
                && (b.left().type() instanceof CypherType.ListOf || b.right().type() instanceof CypherType.ListOf)) {
            CypherType type = b.left().type() instanceof CypherType.ListOf ? b.left().type() : b.right().type();
            Column equal = equality(l, r, type);
            return b.op() == Binary.Op.EQUALS ? equal : functions.not(equal);
        }
        if (isComparison(b.op()) && (b.left().type() == CypherType.FLOAT || b.right().type() == CypherType.FLOAT)) {
            // NaN equals nothing and is not ordered; Spark treats NaN = NaN and NaN above all numbers.
            Column nan = functions.isnan(l).or(functions.isnan(r));
            return functions.when(nan, lit(b.op() == Binary.Op.NOT_EQUALS)).otherwise(compare(b.op(), l, r));
        }
        if (isComparison(b.op())) {
            return compare(b.op(), l, r);
        }
        return switch (b.op()) {
            case AND -> l.and(r);
            case OR -> l.or(r);
            case XOR -> l.and(functions.not(r)).or(functions.not(l).and(r));
            case EQUALS, NOT_EQUALS, LESS_THAN, LESS_THAN_OR_EQUAL, GREATER_THAN, GREATER_THAN_OR_EQUAL ->
                    throw new IllegalStateException("comparisons are compiled above");
            case STARTS_WITH -> l.startsWith(r);
            case ENDS_WITH -> l.endsWith(r);
            case CONTAINS -> l.contains(r);
            // Cypher's =~ matches the whole string; Spark's regexp_like finds a match anywhere.
            case REGEX_MATCH -> functions.regexp_like(l, functions.concat(lit("^(?:"), r, lit(")$")));
            case IN -> in(b, l, r);
            case ADD -> l.plus(r);
            case SUBTRACT -> l.minus(r);
            case MULTIPLY -> l.multiply(r);
            case DIVIDE -> floatDivide(l.cast(DataTypes.DoubleType), r.cast(DataTypes.DoubleType));
            case INTEGER_DIVIDE -> functions.call_function("div", l, r);
            case MODULO -> b.type() == CypherType.FLOAT
                    ? functions.when(r.equalTo(lit(0)), lit(Double.NaN)).otherwise(l.mod(r)) : l.mod(r);
            case POWER -> functions.pow(l, r);
            case CONCAT_STRINGS -> functions.concat(l.cast(DataTypes.StringType), r.cast(DataTypes.StringType));
            case CONCAT_LISTS -> functions.concat(typedList(l, b.type()), typedList(r, b.type()));
            case APPEND_TO_LIST -> functions.concat(typedList(l, b.type()), typedList(functions.array(r), b.type()));
            case PREPEND_TO_LIST -> functions.concat(typedList(functions.array(l), b.type()), typedList(r, b.type()));
        };
    }

    /**
     * Cypher equality: lists element by element with three-valued logic ([1, null] = [1, null] is
     * null, lists of different sizes are unequal), NaN equal to nothing.
     */
    private static Column equality(Column l, Column r, CypherType type) {
        if (type instanceof CypherType.ListOf list) {
            CypherType element = list.element();
            return functions.when(functions.size(l).notEqual(functions.size(r)), lit(false))
                    .otherwise(functions.forall(functions.zip_with(l, r, (x, y) -> equality(x, y, element)), x -> x));
        }
        if (type == CypherType.FLOAT) {
            return functions.when(functions.isnan(l).or(functions.isnan(r)), lit(false)).otherwise(l.equalTo(r));
        }
        return l.equalTo(r);
    }

    /**
     * {@code x IN list}: true if an element equals x, else null if a comparison was unknown, else
     * false. Lists of lists and of floats compare with Cypher's equality; flat lists with Spark's,
     * which agrees there.
     */
    private static Column in(Binary b, Column l, Column r) {
        CypherType element = b.right().type() instanceof CypherType.ListOf list ? list.element() : CypherType.ANY;
        if (element == CypherType.NULL) {
            // Only nulls to compare with: unknown, unless there is nothing to compare with.
            return functions.when(functions.size(r).equalTo(lit(0)), lit(false))
                    .when(functions.size(r).gt(lit(0)), lit(null).cast(DataTypes.BooleanType));
        }
        if (element instanceof CypherType.ListOf || element == CypherType.FLOAT || b.left().type() instanceof CypherType.ListOf) {
            CypherType type = element == CypherType.NULL ? b.left().type() : element;
            return functions.exists(r, x -> equality(l, x, type));
        }
        return functions.array_contains(r, l);
    }

    /** Cypher's slice: bounds clamp to the list, negative ones count from the end, to is exclusive. */
    private Column slice(org.quiver.planner.expr.SliceOf slice) {
        Column list = column(slice.list());
        Column size = functions.size(list).cast(DataTypes.LongType);
        Column from = slice.from().map(f -> bound(column(f), size)).orElse(lit(0L));
        Column to = slice.to().map(t -> bound(column(t), size)).orElse(size);
        Column length = functions.greatest(to.minus(from), lit(0L));
        return functions.slice(list, from.plus(lit(1)).cast(DataTypes.IntegerType), length.cast(DataTypes.IntegerType));
    }

    private static Column bound(Column value, Column size) {
        return functions.when(value.lt(lit(0)), functions.greatest(size.plus(value), lit(0L)))
                .otherwise(functions.least(value, size));
    }

    /** A list cast to the result's element type, so that an empty or all-null list concatenates. */
    private static Column typedList(Column list, CypherType type) {
        return isPlain(type) ? list.cast(SparkTypes.of(type)) : list;
    }

    private static boolean isComparison(Binary.Op op) {
        return switch (op) {
            case EQUALS, NOT_EQUALS, LESS_THAN, LESS_THAN_OR_EQUAL, GREATER_THAN, GREATER_THAN_OR_EQUAL -> true;
            default -> false;
        };
    }

    private static Column compare(Binary.Op op, Column l, Column r) {
        return switch (op) {
            case EQUALS -> l.equalTo(r);
            case NOT_EQUALS -> l.notEqual(r);
            case LESS_THAN -> l.lt(r);
            case LESS_THAN_OR_EQUAL -> l.leq(r);
            case GREATER_THAN -> l.gt(r);
            case GREATER_THAN_OR_EQUAL -> l.geq(r);
            default -> throw new IllegalStateException("not a comparison: " + op);
        };
    }

    /**
     * Float division as Java (and Cypher) does it: by zero it is infinite or NaN, where Spark's ANSI
     * mode raises an error.
     */
    private static Column floatDivide(Column l, Column r) {
        Column special = functions.when(l.gt(lit(0.0)), lit(Double.POSITIVE_INFINITY))
                .when(l.lt(lit(0.0)), lit(Double.NEGATIVE_INFINITY)).otherwise(lit(Double.NaN));
        return functions.when(r.equalTo(lit(0.0)).and(l.isNotNull()), special).otherwise(l.divide(r));
    }

    private Column aggregate(AggregateCall a) {
        if (a.argument().isEmpty()) {
            return functions.count(lit(1));
        }
        Column x = column(a.argument().get());
        return switch (a.function()) {
            case COUNT -> !a.distinct() ? functions.count(x)
                    : holdsMixed(a.argument().get().type()) ? countDistinctByKey(x, a.argument().get().type())
                    : functions.count_distinct(x);
            // Cypher's sum over no values is 0, Spark's is null.
            case SUM -> a.argument().get().type() == CypherType.NUMBER ? org.quiver.anyvalue.NumberAggregates.sum(x)
                    : functions.coalesce(a.distinct() ? functions.sum_distinct(x) : functions.sum(x),
                    a.type() == CypherType.FLOAT ? lit(0.0) : lit(0L));
            case MIN -> SparkOrder.sortsNatively(a.argument().get().type()) ? functions.min(x)
                    : functions.min_by(x, org.quiver.anyvalue.AnyOperations.orderKey(x, a.argument().get().type()));
            case MAX -> SparkOrder.sortsNatively(a.argument().get().type()) ? functions.max(x)
                    : functions.max_by(x, org.quiver.anyvalue.AnyOperations.orderKey(x, a.argument().get().type()));
            case AVG -> a.argument().get().type() == CypherType.NUMBER ? org.quiver.anyvalue.NumberAggregates.avg(x)
                    : a.distinct()
                    ? functions.sum_distinct(x).cast(DataTypes.DoubleType).divide(functions.count_distinct(x))
                    : functions.avg(x);
            case COLLECT -> a.distinct() ? functions.collect_set(x) : functions.collect_list(x);
            // Spark's collect_list skips nulls; wrapped in a struct, a null value is kept.
            case COLLECT_WITH_NULLS -> functions.transform(functions.collect_list(functions.struct(x.as("v"))),
                    s -> s.getField("v"));
            case COLLECT_IN_ORDER -> functions.transform(functions.array_sort(functions.collect_list(x),
                    (l, r) -> byPosition(l, r)), s -> s.getField(AggregateCall.VALUE));
            case PERCENTILE_DISC, PERCENTILE_CONT -> a.percentile().get() instanceof Literal l
                    ? percentile(a, x, ((Number) l.value()).doubleValue()) : percentilePerRow(a, x);
        };
    }

    /** Compares two {@code COLLECT_IN_ORDER} structs by position alone: their values may not be comparable. */
    private static Column byPosition(Column l, Column r) {
        Column left = l.getField(AggregateCall.POSITION);
        Column right = r.getField(AggregateCall.POSITION);
        return functions.when(left.lt(right), lit(-1)).when(left.gt(right), lit(1)).otherwise(lit(0));
    }

    /** Spark neither compares nor hashes variants: distinct values of mixed types are told apart by their order keys. */
    private static Column countDistinctByKey(Column x, CypherType type) {
        return functions.count_distinct(functions.when(x.isNotNull(),
                org.quiver.anyvalue.AnyOperations.orderKey(x, type)));
    }

    /** Whether values of this type are or hold (in lists or maps) values whose type is known only at run time. */
    private static boolean holdsMixed(CypherType type) {
        if (type instanceof CypherType.MapOf map) {
            return map.fields().values().stream().anyMatch(ExpressionCompiler::holdsMixed);
        }
        return type instanceof CypherType.ListOf list ? holdsMixed(list.element()) : type.isMixed();
    }

    /**
     * percentileCont interpolates between the two nearest values (Spark's exact percentile);
     * percentileDisc takes the value at position ceil(p * n) of the sorted values (the first for
     * p = 0). A percentile outside [0, 1] is an ArgumentError when the query runs.
     */
    private static Column percentile(AggregateCall a, Column x, double p) {
        if (p < 0 || p > 1 || Double.isNaN(p)) {
            return RuntimeErrors.argumentError("NumberOutOfRange", "The percentile " + p + " is not between 0 and 1")
                    .cast(SparkTypes.of(a.type()));
        }
        Column values = a.distinct() ? functions.collect_set(x) : functions.collect_list(x);
        if (a.function() == AggregateCall.Function.PERCENTILE_CONT) {
            return functions.percentile(x.cast(DataTypes.DoubleType), lit(p));
        }
        Column sorted = functions.sort_array(values);
        Column n = functions.size(sorted);
        Column position = functions.greatest(functions.ceil(n.multiply(lit(p))).cast(DataTypes.IntegerType), lit(1));
        return functions.when(n.gt(lit(0)), functions.element_at(sorted, position));
    }

    /**
     * A percentile read per row (Spark's percentile wants a constant): every row's percentile is
     * checked, as Neo4j checks each, and the group's first non-null one is taken from the sorted values.
     */
    private Column percentilePerRow(AggregateCall a, Column x) {
        Column p = column(a.percentile().get()).cast(DataTypes.DoubleType);
        Column valid = p.isNull().or(p.between(lit(0.0), lit(1.0)));
        // Zero for a group whose percentiles are all valid; max reads every row, so a bad one fails the query.
        Column checked = functions.coalesce(functions.max(functions.when(valid, lit(0.0)).otherwise(
                RuntimeErrors.argumentError("NumberOutOfRange", "A percentile is not between 0 and 1")
                        .cast(DataTypes.DoubleType))), lit(0.0));
        Column percentile = functions.first(p, true).plus(checked);
        Column sorted = functions.sort_array(a.distinct() ? functions.collect_set(x) : functions.collect_list(x));
        Column n = functions.size(sorted);
        if (a.function() == AggregateCall.Function.PERCENTILE_DISC) {
            Column position = functions.greatest(functions.ceil(n.multiply(percentile)).cast(DataTypes.IntegerType),
                    lit(1));
            return functions.when(n.gt(lit(0)), functions.element_at(sorted, position));
        }
        // Linear interpolation between the values around position p * (n - 1), counted from 0.
        Column at = percentile.multiply(n.minus(lit(1)));
        Column below = functions.floor(at).cast(DataTypes.IntegerType);
        Column above = functions.ceil(at).cast(DataTypes.IntegerType);
        Column low = functions.element_at(sorted, below.plus(lit(1))).cast(DataTypes.DoubleType);
        Column high = functions.element_at(sorted, above.plus(lit(1))).cast(DataTypes.DoubleType);
        return functions.when(n.gt(lit(0)), low.plus(high.minus(low).multiply(at.minus(below))));
    }
}
