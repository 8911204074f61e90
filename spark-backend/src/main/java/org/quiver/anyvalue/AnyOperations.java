package org.quiver.anyvalue;

import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.unsafe.types.VariantVal;
import org.quiver.planner.types.CypherType;

/**
 * Operators and functions on values whose type is only known at run time ({@code any.*} calls of
 * the planner). Their arguments are turned into variants and evaluated by Java UDFs over the
 * decoded values ({@link ValueComparison}, {@link ValueFunctions}, {@link OrderKey}): Cypher's
 * rules across types (lists of mixed values, three-valued logic, type errors at run time) have no
 * built-in Spark counterpart on variants. Values of a known type never come here.
 */
public final class AnyOperations {
    private static final UserDefinedFunction ORDER_KEY = udf1(v -> OrderKey.of(VariantValues.toJava(v)),
            DataTypes.BinaryType);

    private AnyOperations() {
    }

    /** The order key of a value of {@code type} (see {@link OrderKey}): sorts and groups any value natively. */
    public static Column orderKey(Column value, CypherType type) {
        return ORDER_KEY.apply(AnyColumns.of(value, type));
    }

    /** A value used as a predicate: a boolean or null, else a type error. */
    public static Column predicate(Column value, CypherType type) {
        if (type == CypherType.BOOLEAN) {
            return value;
        }
        if (!AnyColumns.isVariant(type)) {
            return value.cast(DataTypes.BooleanType);
        }
        return Functions.PREDICATE.apply(AnyColumns.of(value, type));
    }

    /**
     * The call {@code any.<name>} with arguments of the given static types; {@code resultType} is
     * what the planner typed it as.
     */
    public static Column call(String name, List<Column> args, List<CypherType> types) {
        Column[] variants = new Column[args.size()];
        for (int i = 0; i < args.size(); i++) {
            variants[i] = AnyColumns.of(args.get(i), types.get(i));
        }
        return switch (name) {
            case "of" -> variants[0];
            case "predicate" -> Functions.PREDICATE.apply(variants[0]);
            case "equals" -> Functions.EQUALS.apply(variants);
            case "not_equals" -> functions.not(Functions.EQUALS.apply(variants));
            case "less_than" -> Functions.LESS_THAN.apply(variants);
            case "less_than_or_equal" -> Functions.LESS_THAN_OR_EQUAL.apply(variants);
            case "greater_than" -> Functions.GREATER_THAN.apply(variants);
            case "greater_than_or_equal" -> Functions.GREATER_THAN_OR_EQUAL.apply(variants);
            case "in" -> Functions.IN.apply(variants);
            case "starts_with" -> Functions.STARTS_WITH.apply(variants);
            case "ends_with" -> Functions.ENDS_WITH.apply(variants);
            case "contains" -> Functions.CONTAINS.apply(variants);
            case "tostring" -> Functions.TO_STRING.apply(variants);
            case "tostringornull" -> Functions.TO_STRING_OR_NULL.apply(variants);
            case "tointeger" -> Functions.TO_INTEGER.apply(variants);
            case "tointegerornull" -> Functions.TO_INTEGER_OR_NULL.apply(variants);
            case "tofloat" -> Functions.TO_FLOAT.apply(variants);
            case "tofloatornull" -> Functions.TO_FLOAT_OR_NULL.apply(variants);
            case "toboolean" -> Functions.TO_BOOLEAN.apply(variants);
            case "tobooleanornull" -> Functions.TO_BOOLEAN_OR_NULL.apply(variants);
            case "type" -> Functions.TYPE.apply(variants);
            case "labels" -> Functions.LABELS.apply(variants);
            case "order_key" -> ORDER_KEY.apply(variants);
            case "size" -> Functions.SIZE.apply(variants);
            case "property" -> Functions.PROPERTY.apply(variants);
            case "index" -> Functions.INDEX.apply(variants);
            case "add" -> Functions.ADD.apply(variants);
            case "add_to_list" -> functions.try_variant_get(Functions.ADD.apply(variants), "$", "array<variant>");
            case "subtract" -> Functions.SUBTRACT.apply(variants);
            case "multiply" -> Functions.MULTIPLY.apply(variants);
            case "divide" -> Functions.DIVIDE.apply(variants);
            case "modulo" -> Functions.MODULO.apply(variants);
            case "power" -> Functions.POWER.apply(variants);
            case "properties" -> Functions.PROPERTIES.apply(variants);
            default -> throw new IllegalStateException("no run-time function any." + name);
        };
    }

    /** The UDFs, built once per JVM. */
    private static final class Functions {
        static final UserDefinedFunction PREDICATE = udf1(v -> ValueFunctions.asPredicate(VariantValues.toJava(v)),
                DataTypes.BooleanType);
        static final UserDefinedFunction EQUALS = udf2((a, b) -> ValueComparison.equal(
                VariantValues.toJava(a), VariantValues.toJava(b)), DataTypes.BooleanType);
        static final UserDefinedFunction LESS_THAN = ordering("<");
        static final UserDefinedFunction LESS_THAN_OR_EQUAL = ordering("<=");
        static final UserDefinedFunction GREATER_THAN = ordering(">");
        static final UserDefinedFunction GREATER_THAN_OR_EQUAL = ordering(">=");
        static final UserDefinedFunction IN = udf2((a, b) -> ValueFunctions.in(
                VariantValues.toJava(a), VariantValues.toJava(b)), DataTypes.BooleanType);
        static final UserDefinedFunction STARTS_WITH = stringPredicate("starts_with");
        static final UserDefinedFunction ENDS_WITH = stringPredicate("ends_with");
        static final UserDefinedFunction CONTAINS = stringPredicate("contains");
        static final UserDefinedFunction TO_STRING = udf1(v -> ValueFunctions.toStringValue(
                VariantValues.toJava(v), false), DataTypes.StringType);
        static final UserDefinedFunction TO_STRING_OR_NULL = udf1(v -> ValueFunctions.toStringValue(
                VariantValues.toJava(v), true), DataTypes.StringType);
        static final UserDefinedFunction TO_INTEGER = udf1(v -> ValueFunctions.toIntegerValue(
                VariantValues.toJava(v), false), DataTypes.LongType);
        static final UserDefinedFunction TO_INTEGER_OR_NULL = udf1(v -> ValueFunctions.toIntegerValue(
                VariantValues.toJava(v), true), DataTypes.LongType);
        static final UserDefinedFunction TO_FLOAT = udf1(v -> ValueFunctions.toFloatValue(
                VariantValues.toJava(v), false), DataTypes.DoubleType);
        static final UserDefinedFunction TO_FLOAT_OR_NULL = udf1(v -> ValueFunctions.toFloatValue(
                VariantValues.toJava(v), true), DataTypes.DoubleType);
        static final UserDefinedFunction TO_BOOLEAN = udf1(v -> ValueFunctions.toBooleanValue(
                VariantValues.toJava(v), false), DataTypes.BooleanType);
        static final UserDefinedFunction TO_BOOLEAN_OR_NULL = udf1(v -> ValueFunctions.toBooleanValue(
                VariantValues.toJava(v), true), DataTypes.BooleanType);
        static final UserDefinedFunction TYPE = udf1(v -> ValueFunctions.type(VariantValues.toJava(v)),
                DataTypes.StringType);
        static final UserDefinedFunction SIZE = udf1(v -> ValueFunctions.size(VariantValues.toJava(v)),
                DataTypes.LongType);
        static final UserDefinedFunction PROPERTY = udf2((v, key) -> VariantValues.toVariant(ValueFunctions.property(
                VariantValues.toJava(v), (String) VariantValues.toJava(key))), DataTypes.VariantType);
        static final UserDefinedFunction INDEX = udf2((v, key) -> VariantValues.toVariant(ValueFunctions.index(
                VariantValues.toJava(v), VariantValues.toJava(key))), DataTypes.VariantType);
        static final UserDefinedFunction ADD = arithmetic("add");
        static final UserDefinedFunction SUBTRACT = arithmetic("subtract");
        static final UserDefinedFunction MULTIPLY = arithmetic("multiply");
        static final UserDefinedFunction DIVIDE = arithmetic("divide");
        static final UserDefinedFunction MODULO = arithmetic("modulo");
        static final UserDefinedFunction POWER = arithmetic("power");
        static final UserDefinedFunction PROPERTIES = udf1(v -> VariantValues.toVariant(ValueFunctions.properties(
                VariantValues.toJava(v))), DataTypes.VariantType);
        static final UserDefinedFunction LABELS = udf1(v -> {
            List<String> labels = ValueFunctions.labels(VariantValues.toJava(v));
            return labels == null ? null : scala.jdk.javaapi.CollectionConverters.asScala(labels).toSeq();
        }, DataTypes.createArrayType(DataTypes.StringType));

        /** An ordering comparison: null when not comparable, except that NaN against a number is false. */
        private static UserDefinedFunction ordering(String op) {
            UDF2<VariantVal, VariantVal, Boolean> f = (a, b) -> {
                Object x = VariantValues.toJava(a);
                Object y = VariantValues.toJava(b);
                Integer c = ValueComparison.compare(x, y);
                if (c == null) {
                    return x instanceof Number && y instanceof Number ? Boolean.FALSE : null;
                }
                return switch (op) {
                    case "<" -> c < 0;
                    case "<=" -> c <= 0;
                    case ">" -> c > 0;
                    default -> c >= 0;
                };
            };
            return functions.udf(f, DataTypes.BooleanType);
        }

        private static UserDefinedFunction arithmetic(String op) {
            return udf2((a, b) -> VariantValues.toVariant(ValueArithmetic.apply(op, VariantValues.toJava(a),
                    VariantValues.toJava(b))), DataTypes.VariantType);
        }

        private static UserDefinedFunction stringPredicate(String op) {
            return udf2((a, b) -> ValueFunctions.stringPredicate(op, VariantValues.toJava(a), VariantValues.toJava(b)),
                    DataTypes.BooleanType);
        }
    }

    private static <R> UserDefinedFunction udf1(UDF1<VariantVal, R> f, DataType type) {
        return functions.udf(f, type);
    }

    private static <R> UserDefinedFunction udf2(UDF2<VariantVal, VariantVal, R> f, DataType type) {
        return functions.udf(f, type);
    }
}
