package org.quiver.parser.ddl;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.antlr.v4.runtime.ParserRuleContext;
import org.quiver.parser.SourceText;
import org.quiver.parser.ddl.GraphDdlParser.*;
import org.quiver.parser.ddl.ast.CreatePropertyGraph;
import org.quiver.parser.ddl.ast.DropPropertyGraph;
import org.quiver.parser.ddl.ast.ElementTable;
import org.quiver.parser.ddl.ast.EndpointReference;
import org.quiver.parser.ddl.ast.GraphDdlStatement;
import org.quiver.parser.ddl.ast.LabelDefinition;
import org.quiver.parser.ddl.ast.Name;
import org.quiver.parser.ddl.ast.PropertiesClause;
import org.quiver.parser.ddl.ast.PropertyDefinition;
import org.quiver.parser.ddl.ast.QualifiedName;
import org.quiver.parser.ddl.ast.RelationshipTableDefinition;

/** Builds the AST of a graph mapping statement from its parse tree. */
final class DdlAstBuilder {
    private final SourceText source;

    DdlAstBuilder(SourceText source) {
        this.source = source;
    }

    GraphDdlStatement statement(StatementContext ctx) {
        if (ctx.dropGraph() != null) {
            DropGraphContext drop = ctx.dropGraph();
            return new DropPropertyGraph(qualifiedName(drop.qualifiedName()), drop.EXISTS() != null, source.of(drop));
        }
        CreateGraphContext create = ctx.createGraph();
        List<ElementTable> nodes = new ArrayList<>();
        for (NodeTableContext node : create.nodeTables().nodeTable()) {
            nodes.add(element(node, node.tableReference(), node.keyClause(), node.elementLabels()));
        }
        List<RelationshipTableDefinition> relationships = new ArrayList<>();
        if (create.relationshipTables() != null) {
            for (RelationshipTableContext rel : create.relationshipTables().relationshipTable()) {
                relationships.add(new RelationshipTableDefinition(
                        element(rel, rel.tableReference(), rel.keyClause(), rel.elementLabels()),
                        endpoint(rel.sourceReference(), rel.sourceReference().columnList(),
                                rel.sourceReference().qualifiedName()),
                        endpoint(rel.destinationReference(), rel.destinationReference().columnList(),
                                rel.destinationReference().qualifiedName())));
            }
        }
        return new CreatePropertyGraph(qualifiedName(create.qualifiedName()), create.REPLACE() != null,
                create.EXISTS() != null, nodes, relationships, source.of(create));
    }

    private ElementTable element(ParserRuleContext ctx, TableReferenceContext table, KeyClauseContext key,
            ElementLabelsContext labels) {
        List<LabelDefinition> definitions = new ArrayList<>();
        for (LabelDefinitionContext label : labels.labelDefinition()) {
            definitions.add(new LabelDefinition(Optional.of(name(label.name())), properties(label.propertiesClause())));
        }
        if (definitions.isEmpty()) {
            definitions.add(new LabelDefinition(Optional.empty(), properties(labels.propertiesClause())));
        }
        return new ElementTable(qualifiedName(table.qualifiedName()),
                Optional.ofNullable(table.name()).map(this::name),
                key == null ? List.of() : columns(key.columnList()), definitions, source.of(ctx));
    }

    private EndpointReference endpoint(ParserRuleContext ctx, List<ColumnListContext> columnLists,
            QualifiedNameContext table) {
        List<Name> referenced = columnLists.size() > 1 ? columns(columnLists.get(1)) : List.of();
        return new EndpointReference(columns(columnLists.get(0)), qualifiedName(table), referenced, source.of(ctx));
    }

    private PropertiesClause properties(PropertiesClauseContext ctx) {
        if (ctx == null) {
            return new PropertiesClause.AllColumns(List.of());
        }
        if (ctx instanceof AllColumnsContext all) {
            return new PropertiesClause.AllColumns(all.columnList() == null ? List.of() : columns(all.columnList()));
        }
        if (ctx instanceof NoPropertiesContext) {
            return new PropertiesClause.NoProperties();
        }
        List<PropertyDefinition> definitions = new ArrayList<>();
        for (PropertyDefinitionContext p : ((PropertyListContext) ctx).propertyDefinition()) {
            definitions.add(property(p));
        }
        return new PropertiesClause.PropertyList(definitions);
    }

    private PropertyDefinition property(PropertyDefinitionContext ctx) {
        SqlExpressionContext expression = ctx.sqlExpression();
        Name column = singleName(expression);
        PropertyDefinition.PropertyValue value = column != null
                ? new PropertyDefinition.ColumnValue(column)
                : new PropertyDefinition.SqlExpression(
                        source.of(expression).textIn(source.query()), source.of(expression));
        if (ctx.name() != null) {
            return new PropertyDefinition(name(ctx.name()), value);
        }
        if (column == null) {
            throw source.error("UnnamedProperty",
                    "A property defined by an expression needs a name: write `expression AS name`",
                    source.of(expression));
        }
        return new PropertyDefinition(column, value);
    }

    /** The column an expression names when it is one name and nothing else. */
    private Name singleName(SqlExpressionContext expression) {
        if (expression.sqlToken().size() != 1 || expression.sqlToken(0).LPAREN() != null) {
            return null;
        }
        var token = expression.sqlToken(0).getStart();
        return switch (token.getType()) {
            case GraphDdlParser.IDENTIFIER -> new Name(token.getText(), source.of(token));
            case GraphDdlParser.QUOTED_NAME -> new Name(unquote(token.getText()), source.of(token));
            default -> isKeyword(token.getType()) ? new Name(token.getText(), source.of(token)) : null;
        };
    }

    private static boolean isKeyword(int type) {
        String literal = GraphDdlParser.VOCABULARY.getLiteralName(type);
        return literal != null && Character.isLetter(literal.charAt(1));
    }

    private List<Name> columns(ColumnListContext ctx) {
        return ctx.name().stream().map(this::name).toList();
    }

    private QualifiedName qualifiedName(QualifiedNameContext ctx) {
        return new QualifiedName(ctx.name().stream().map(this::name).toList(), source.of(ctx));
    }

    private Name name(NameContext ctx) {
        String text = ctx.QUOTED_NAME() != null ? unquote(ctx.getText()) : ctx.getText();
        if (text.isEmpty()) {
            throw source.error("EmptyName", "A name may not be empty", source.of(ctx));
        }
        return new Name(text, source.of(ctx));
    }

    private static String unquote(String quoted) {
        return quoted.substring(1, quoted.length() - 1).replace("``", "`");
    }
}
