package org.quiver.mapping;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.expressions.Expression;
import org.apache.spark.sql.catalyst.expressions.SubqueryExpression;
import org.apache.spark.sql.catalyst.parser.CatalystSqlParser$;
import org.apache.spark.sql.functions;
import org.quiver.parser.ddl.ast.CreatePropertyGraph;
import org.quiver.parser.ddl.ast.ElementTable;
import org.quiver.parser.ddl.ast.EndpointReference;
import org.quiver.parser.ddl.ast.LabelDefinition;
import org.quiver.parser.ddl.ast.Name;
import org.quiver.parser.ddl.ast.PropertiesClause;
import org.quiver.parser.ddl.ast.PropertyDefinition;
import org.quiver.parser.ddl.ast.QualifiedName;
import org.quiver.parser.ddl.ast.RelationshipTableDefinition;
import org.quiver.parser.error.SemanticError;
import org.quiver.parser.error.SyntaxError;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Turns a {@code CREATE PROPERTY GRAPH} statement into table mappings: tables resolve through the
 * Spark catalog (Hive metastore tables, temporary views, {@code parquet.`path`}), labels and
 * properties are read as the standard reads them (an element without LABEL is labelled by its
 * alias; a label without a properties clause brings all columns), and each property expression is
 * parsed by Spark's SQL parser, which must read one expression and no subquery.
 */
public final class CreateGraphResolver {
    private final SparkSession spark;
    private final Map<String, Dataset<Row>> tables = new HashMap<>();

    private CreateGraphResolver(SparkSession spark) {
        this.spark = spark;
    }

    /** @throws org.quiver.parser.error.CypherException naming the table or column, without the statement text */
    public static TableMappings resolve(SparkSession spark, CreatePropertyGraph statement) {
        CreateGraphResolver resolver = new CreateGraphResolver(spark);
        List<NodeTableMapping> nodes = new ArrayList<>();
        for (ElementTable element : statement.nodeTables()) {
            nodes.add(resolver.nodes(element));
        }
        List<RelationshipTableMapping> relationships = new ArrayList<>();
        for (RelationshipTableDefinition definition : statement.relationshipTables()) {
            relationships.add(resolver.relationships(definition, statement.nodeTables()));
        }
        return new TableMappings(nodes, relationships);
    }

    private NodeTableMapping nodes(ElementTable element) {
        Dataset<Row> data = table(element.table());
        List<Name> labels = element.labels().stream()
                .map(l -> l.label().orElse(element.elementName()))
                .toList();
        return new NodeTableMapping(element.elementName(), data, element.key(), labels, properties(element, data),
                element.span());
    }

    private RelationshipTableMapping relationships(RelationshipTableDefinition definition, List<ElementTable> nodes) {
        ElementTable element = definition.element();
        if (element.labels().size() > 1) {
            Name second = element.labels().get(1).label().orElseThrow();
            throw new SemanticError("SeveralRelationshipTypes", "A relationship has one type, but relationship table "
                    + element.elementName() + " has LABEL " + element.labels().get(0).label().orElseThrow()
                    + " and LABEL " + second, second.span());
        }
        Dataset<Row> data = table(element.table());
        Name type = element.labels().get(0).label().orElse(element.elementName());
        return new RelationshipTableMapping(element.elementName(), data, element.key(), type,
                endpoint(definition.source(), nodes), endpoint(definition.destination(), nodes),
                properties(element, data), element.span());
    }

    /** A reference names a node table by its alias, or by the table name it was mapped from. */
    private static EndpointMapping endpoint(EndpointReference reference, List<ElementTable> nodes) {
        Name referenced = reference.table().parts().size() == 1 ? reference.table().last() : null;
        for (ElementTable node : nodes) {
            if (referenced == null && node.table().text().equals(reference.table().text())) {
                referenced = new Name(node.elementName().value(), reference.table().span());
            }
        }
        if (referenced == null) {
            referenced = new Name(reference.table().text(), reference.table().span());
        }
        return new EndpointMapping(reference.columns(), referenced, reference.referencedColumns(), reference.span());
    }

    private List<PropertySource> properties(ElementTable element, Dataset<Row> data) {
        String table = element.elementName().value();
        List<PropertySource> sources = new ArrayList<>();
        for (LabelDefinition label : element.labels()) {
            PropertiesClause clause = label.properties();
            if (clause instanceof PropertiesClause.AllColumns all) {
                TableColumns columns = new TableColumns(table, data.schema());
                List<String> except = all.except().stream().map(c -> columns.resolve(c).name()).toList();
                sources.addAll(PropertySource.allColumns(data, except, element.span()));
            } else if (clause instanceof PropertiesClause.PropertyList list) {
                for (PropertyDefinition definition : list.definitions()) {
                    sources.add(source(definition));
                }
            }
        }
        return sources;
    }

    private static PropertySource source(PropertyDefinition definition) {
        if (definition.value() instanceof PropertyDefinition.ColumnValue column) {
            return new PropertySource.FromColumn(definition.name(), column.column());
        }
        PropertyDefinition.SqlExpression sql = (PropertyDefinition.SqlExpression) definition.value();
        Expression parsed;
        try {
            parsed = CatalystSqlParser$.MODULE$.parseExpression(sql.text());
        } catch (Exception e) {
            String message = SparkMessages.firstLine(e);
            throw new SyntaxError("InvalidSqlExpression", "Spark cannot parse the expression of property `"
                    + definition.name().value() + "`: " + message, sql.span(), null, e);
        }
        if (containsSubquery(parsed)) {
            throw new SemanticError("SubqueryInProperty", "The expression of property `" + definition.name().value()
                    + "` may use only the columns of its table, not a subquery", sql.span());
        }
        return new PropertySource.FromExpression(definition.name(), functions.expr(sql.text()), sql.text(), sql.span());
    }

    private static boolean containsSubquery(Expression expression) {
        if (expression instanceof SubqueryExpression) {
            return true;
        }
        for (Expression child : CollectionConverters.asJava(expression.children())) {
            if (containsSubquery(child)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The table or view, analysed now so that a wrong name fails here; each part of the name is
     * quoted, so Spark reads it as a name and nothing else.
     */
    private Dataset<Row> table(QualifiedName name) {
        String quoted = String.join(".", name.parts().stream().map(p -> GraphMapper.quoted(p.value())).toList());
        return tables.computeIfAbsent(quoted, q -> {
            try {
                Dataset<Row> table = spark.table(q);
                table.schema();
                return table;
            } catch (Exception e) {
                String message = SparkMessages.firstLine(e);
                throw new SemanticError("UnknownTable", "Spark has no table or view " + name.text() + ": " + message,
                        name.span(), null, e);
            }
        });
    }
}
