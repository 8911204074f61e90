package org.quiver.mapping;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructField;
import org.quiver.graph.SparkTypes;
import org.quiver.parser.ast.Span;
import org.quiver.parser.ddl.ast.Name;
import org.quiver.parser.error.SemanticError;
import org.quiver.planner.types.CypherType;

/**
 * The property columns of one mapped table, checked: each source resolves against the table, each
 * value has a Cypher type, no key is defined twice in two ways. Expressions are analysed by Spark
 * here (which reads no data), so a wrong column in one fails the mapping, not a later query.
 */
final class PropertyColumns {
    private final Map<String, CypherType> types = new LinkedHashMap<>();
    private final Map<String, String> definitions = new LinkedHashMap<>();
    private final List<Column> columns = new ArrayList<>();

    static PropertyColumns of(String table, Dataset<Row> data, List<PropertySource> sources) {
        PropertyColumns result = new PropertyColumns();
        TableColumns tableColumns = new TableColumns(table, data.schema());
        for (PropertySource source : sources) {
            result.add(table, data, tableColumns, source);
        }
        return result;
    }

    Map<String, CypherType> types() {
        return types;
    }

    List<Column> columns() {
        return columns;
    }

    private void add(String table, Dataset<Row> data, TableColumns tableColumns, PropertySource source) {
        Name key = source.key();
        if (key.value().startsWith(":")) {
            throw new SemanticError("InvalidPropertyName", "Property names starting with `:` are reserved: `"
                    + key.value() + "` of table " + table, key.span());
        }
        Column value;
        DataType type;
        String definition;
        Span span;
        if (source instanceof PropertySource.FromColumn fromColumn) {
            StructField field = tableColumns.resolve(fromColumn.column());
            value = data.col(GraphMapper.quoted(field.name()));
            type = field.dataType();
            definition = "column " + field.name();
            span = fromColumn.column().span();
        } else {
            PropertySource.FromExpression expression = (PropertySource.FromExpression) source;
            value = expression.expression();
            type = analysedType(table, data, expression);
            definition = "expression " + expression.text();
            span = expression.span();
        }
        String earlier = definitions.putIfAbsent(key.value(), definition);
        if (earlier != null) {
            if (earlier.equals(definition)) {
                return;
            }
            throw new SemanticError("DuplicateProperty", "Property `" + key.value() + "` of table " + table
                    + " is defined twice: by " + earlier + " and by " + definition, key.span());
        }
        CypherType cypherType = PropertyTypes.of(type).orElseThrow(() -> new SemanticError("UnmappableType",
                "Property `" + key.value() + "` of table " + table + " (" + definition + ") has the Spark type "
                        + type.simpleString() + ", which no Cypher property type holds; leave it out or map an "
                        + "expression that converts it, such as `CAST(" + key.value() + " AS STRING) AS "
                        + key.value() + "`", span));
        types.put(key.value(), cypherType);
        columns.add(cypherType == CypherType.NULL ? value.as(key.value())
                : value.cast(SparkTypes.of(cypherType)).as(key.value()));
    }

    private static DataType analysedType(String table, Dataset<Row> data, PropertySource.FromExpression expression) {
        try {
            return data.select(expression.expression()).schema().fields()[0].dataType();
        } catch (Exception e) {
            String message = SparkMessages.firstLine(e);
            throw new SemanticError("InvalidPropertyExpression", "Property `" + expression.key().value()
                    + "` of table " + table + ": Spark cannot evaluate `" + expression.text() + "`: " + message,
                    expression.span(), null, e);
        }
    }
}
