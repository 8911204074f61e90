package org.quiver.api;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.quiver.mapping.EndpointMapping;
import org.quiver.mapping.NodeTableMapping;
import org.quiver.mapping.PropertySource;
import org.quiver.mapping.RelationshipTableMapping;
import org.quiver.mapping.TableMappings;
import org.quiver.parser.ast.Span;
import org.quiver.parser.ddl.ast.Name;

/**
 * A graph over DataFrames the caller already has: the Java form of {@code CREATE PROPERTY GRAPH}.
 *
 * <pre>{@code
 * PropertyGraph social = GraphMapping.builder()
 *     .nodes("Person", people, "id").properties("name").property("born", col("birth_year"))
 *     .nodes("Company", companies, "cid")
 *     .relationships("WORKS_AT", worksAt, "id").source("Person", "person_id").target("Company", "company_id")
 *     .build();
 * quiver.cypher(social, "MATCH (p:Person)-[:WORKS_AT]->(c) RETURN p.name, c.name");
 * }</pre>
 *
 * <p>The first argument of {@code nodes} and {@code relationships} names the table in the mapping
 * (relationships reference node tables by it) and is its label or type unless
 * {@link TableBuilder#labels labels} says otherwise. A table has all its columns as properties
 * until {@code properties}, {@code property} or {@code noProperties} say which. Element ids follow
 * the scheme of {@code CREATE PROPERTY GRAPH}: a key of one integral column is the id (tagged by
 * table), any other key is numbered in key order. Nothing is read until a query runs.
 *
 * <p>Not thread-safe: a builder belongs to the thread that fills it; the graph it builds is immutable.
 */
public final class GraphMapping {
    private final List<NodeTableMapping> nodes = new ArrayList<>();
    private final List<RelationshipTableMapping> relationships = new ArrayList<>();

    private GraphMapping() {
    }

    public static Builder builder() {
        return new GraphMapping().new Builder();
    }

    /** Starts the mapping and, from any table, the next table or the graph. */
    public class Builder {
        Builder() {
        }

        /** Nodes: one per row of {@code data}, identified by the {@code key} columns, labelled {@code name}. */
        public NodeTableBuilder nodes(String name, Dataset<Row> data, String... key) {
            finish();
            return new NodeTableBuilder(name, data, key);
        }

        /**
         * Relationships of type {@code name}, one per row of {@code data}; without {@code key} columns a
         * row is identified by all its columns. Say their ends with {@code source} and {@code target}.
         */
        public RelationshipTableBuilder relationships(String name, Dataset<Row> data, String... key) {
            finish();
            return new RelationshipTableBuilder(name, data, key);
        }

        /**
         * @throws org.quiver.parser.error.SemanticError naming the table and column a mapping cannot use
         */
        public PropertyGraph build() {
            finish();
            return new TableMappings(nodes, relationships).graph();
        }

        /**
         * Checks with Spark jobs what the mapping assumes and queries do not check: unique, non-null
         * keys and references that find their node.
         *
         * @return one sentence per problem, naming table and columns; empty when the keys hold
         */
        public List<String> checkKeys() {
            finish();
            return new TableMappings(nodes, relationships).checkKeys();
        }

        void finish() {
        }
    }

    /** The settings every table has: labels and properties. */
    public abstract class TableBuilder<T extends TableBuilder<T>> extends Builder {
        final Name name;
        final Dataset<Row> data;
        final List<Name> key;
        List<Name> labels;
        private final List<PropertySource> properties = new ArrayList<>();
        private boolean allColumns = true;
        private boolean finished;

        TableBuilder(String name, Dataset<Row> data, String... key) {
            this.name = Name.of(Objects.requireNonNull(name, "name"));
            this.data = Objects.requireNonNull(data, "data");
            this.key = names(key);
            this.labels = List.of(this.name);
        }

        abstract T self();

        abstract void add();

        /** Replaces the label (or type) that the table's name gives. */
        public T labels(String... labels) {
            this.labels = names(labels);
            return self();
        }

        /** Properties from columns of the same name (instead of all columns). */
        public T properties(String... columns) {
            allColumns = false;
            for (String column : columns) {
                properties.add(new PropertySource.FromColumn(Name.of(column), Name.of(column)));
            }
            return self();
        }

        /** A property {@code key} computed from the table's columns, such as {@code col("birth_year")}. */
        public T property(String key, Column value) {
            allColumns = false;
            properties.add(new PropertySource.FromExpression(Name.of(key), value, value.toString(), Span.NONE));
            return self();
        }

        /** All columns as properties, besides any {@code property} defined (the default without those). */
        public T allColumns(String... except) {
            allColumns = true;
            properties.addAll(0, PropertySource.allColumns(data, Arrays.asList(except), Span.NONE));
            return self();
        }

        public T noProperties() {
            allColumns = false;
            properties.clear();
            return self();
        }

        List<PropertySource> properties() {
            if (allColumns && properties.isEmpty()) {
                return PropertySource.allColumns(data, List.of(), Span.NONE);
            }
            return properties;
        }

        @Override
        void finish() {
            if (!finished) {
                finished = true;
                add();
            }
        }
    }

    public final class NodeTableBuilder extends TableBuilder<NodeTableBuilder> {
        NodeTableBuilder(String name, Dataset<Row> data, String... key) {
            super(name, data, key);
        }

        @Override
        NodeTableBuilder self() {
            return this;
        }

        @Override
        void add() {
            nodes.add(new NodeTableMapping(name, data, key, labels, properties(), Span.NONE));
        }
    }

    public final class RelationshipTableBuilder extends TableBuilder<RelationshipTableBuilder> {
        private EndpointMapping source;
        private EndpointMapping target;

        RelationshipTableBuilder(String name, Dataset<Row> data, String... key) {
            super(name, data, key);
        }

        /** The start node: the {@code columns} hold the key of a node of the node table {@code nodeTable}. */
        public RelationshipTableBuilder source(String nodeTable, String... columns) {
            source = new EndpointMapping(names(columns), Name.of(nodeTable), List.of(), Span.NONE);
            return this;
        }

        /** The end node, as {@link #source}. */
        public RelationshipTableBuilder target(String nodeTable, String... columns) {
            target = new EndpointMapping(names(columns), Name.of(nodeTable), List.of(), Span.NONE);
            return this;
        }

        @Override
        RelationshipTableBuilder self() {
            return this;
        }

        @Override
        void add() {
            if (source == null || target == null) {
                throw new IllegalStateException("relationship table " + name + " needs source(…) and target(…)");
            }
            if (labels.size() != 1) {
                throw new IllegalArgumentException("relationship table " + name + " has one type, not " + labels);
            }
            relationships.add(new RelationshipTableMapping(name, data, key, labels.get(0), source, target,
                    properties(), Span.NONE));
        }
    }

    private static List<Name> names(String... names) {
        return Arrays.stream(names).map(Name::of).toList();
    }
}
