package org.quiver.planner.lower;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.quiver.planner.expr.AggregateCall;
import org.quiver.planner.expr.Binary;
import org.quiver.planner.expr.ColumnRef;
import org.quiver.planner.expr.Expr;
import org.quiver.planner.expr.HasLabel;
import org.quiver.planner.expr.PropertyOf;
import org.quiver.planner.expr.ScalarCall;
import org.quiver.planner.expr.VariableRef;
import org.quiver.planner.relational.PropertyColumn;
import org.quiver.planner.types.CypherType;

/**
 * Expressions over variables as expressions over the columns that hold them: a node becomes its
 * id, labels and property columns (or a node value built from them), {@code id(n)} its id column,
 * entity equality id equality.
 */
final class ExpressionLowering {
    /** Graph-wide entity shapes. */
    private final EntityStructs structs;

    /** Entity id column → the column that flags the entity as deleted by an earlier part of the statement. */
    private final Map<String, String> deletedFlags = new java.util.HashMap<>();

    ExpressionLowering(EntityStructs structs) {
        this.structs = structs;
    }

    /** Reads of the properties and labels of the entity whose id is {@code idColumn} fail where {@code flag} is true. */
    void checkDeleted(String idColumn, String flag) {
        deletedFlags.put(idColumn, flag);
    }

    /** {@code read}, or a DeletedEntityAccess error where the entity of {@code binding} was deleted. */
    private Expr unlessDeleted(Binding binding, Expr read) {
        String flag = binding == null ? null : deletedFlags.get(binding.identity());
        if (flag == null) {
            return read;
        }
        String kind = binding instanceof Binding.Node ? "node" : "relationship";
        Expr error = new ScalarCall("entity_not_found", List.of(
                new org.quiver.planner.expr.Literal("DeletedEntityAccess", CypherType.STRING),
                new org.quiver.planner.expr.Literal("The " + kind + " was deleted earlier in this query", CypherType.STRING)),
                read.type());
        return new org.quiver.planner.expr.CaseWhen(List.of(new ColumnRef(flag, CypherType.BOOLEAN)), List.of(error),
                read, read.type());
    }

    static boolean isEntityComparison(Binary b) {
        return (b.op() == Binary.Op.EQUALS || b.op() == Binary.Op.NOT_EQUALS)
                && b.left().type().isEntity() && b.right().type().isEntity();
    }

    /** Replaces variables by the columns that hold them. */
    Expr expr(Expr e, Map<String, Binding> bindings) {
        if (e instanceof VariableRef ref) {
            return variable(ref, bindings);
        }
        if (e instanceof PropertyOf p) {
            return unlessDeleted(bindings.get(p.entity().name()), property(p, bindings));
        }
        if (e instanceof HasLabel h && h.node() instanceof VariableRef ref) {
            return new HasLabel(unlessDeleted(bindings.get(ref.name()), labelsOf(ref, bindings)), h.label());
        }
        if (e instanceof HasLabel h && h.node().type() == CypherType.NODE) {
            return new HasLabel(new org.quiver.planner.expr.FieldOf(expr(h.node(), bindings), "labels",
                    CypherType.listOf(CypherType.STRING)), h.label());
        }
        if (e instanceof ScalarCall call && call.function().equals("size") && call.arguments().size() == 1
                && call.arguments().get(0) instanceof VariableRef ref
                && bindings.get(ref.name()) instanceof Binding.RelationshipList list) {
            return new ScalarCall("size", List.of(new ColumnRef(list.ids(), CypherType.listOf(CypherType.INTEGER))),
                    CypherType.INTEGER);
        }
        if (e instanceof ScalarCall call && call.arguments().size() == 1
                && call.arguments().get(0) instanceof VariableRef ref && ref.type().isEntity()) {
            Binding binding = bindings.get(ref.name());
            switch (call.function()) {
                case "id" -> {
                    return new ColumnRef(idOf(binding), CypherType.INTEGER);
                }
                case "labels" -> {
                    return unlessDeleted(binding, labelsOf(ref, bindings));
                }
                case "type" -> {
                    return new ColumnRef(((Binding.Relationship) binding).type(), CypherType.STRING);
                }
                case "keys" -> {
                    return unlessDeleted(binding, keys(binding));
                }
                case "startnode", "endnode" -> {
                    return relationshipEnd(call.function(), ref, bindings);
                }
                default -> {
                }
            }
        }
        if (e instanceof ScalarCall call && call.arguments().size() == 1 && call.arguments().get(0).type().isEntity()
                && !(call.arguments().get(0) instanceof VariableRef)) {
            // An entity value computed by an expression (a list element, say): its struct has the fields.
            String field = switch (call.function()) {
                case "id" -> "id";
                case "labels" -> "labels";
                case "type" -> "type";
                default -> null;
            };
            if (field != null) {
                return new org.quiver.planner.expr.FieldOf(expr(call.arguments().get(0), bindings), field, call.type());
            }
            if (call.function().equals("startnode") || call.function().equals("endnode")) {
                throw new org.quiver.parser.error.UnsupportedFeature("startNode() and endNode() of a relationship "
                        + "computed by an expression (bind it with WITH first)", org.quiver.parser.ast.Span.NONE);
            }
        }
        if (e instanceof org.quiver.planner.expr.FieldOf f && f.map().type().isEntity()) {
            return entityProperty(f, bindings);
        }
        if (e instanceof Binary b && isEntityComparison(b)) {
            return new Binary(b.op(), idOf(b.left(), bindings), idOf(b.right(), bindings), b.type());
        }
        if (e instanceof Binary b && (b.op() == Binary.Op.EQUALS || b.op() == Binary.Op.NOT_EQUALS)
                && isEntityList(b.left().type()) && isEntityList(b.right().type())) {
            // Lists of entities are equal when their ids are, in order.
            return new Binary(b.op(), idsOf(b.left(), bindings), idsOf(b.right(), bindings), b.type());
        }
        if (e instanceof Binary b && b.op() == Binary.Op.IN && b.left().type().isEntity()
                && b.right().type() instanceof CypherType.ListOf) {
            return new Binary(Binary.Op.IN, idOf(b.left(), bindings), idsOf(b.right(), bindings), b.type());
        }
        if (e instanceof AggregateCall a && a.function() == AggregateCall.Function.COUNT && a.argument().isPresent()
                && a.argument().get().type().isEntity()) {
            return new AggregateCall(a.function(), a.distinct(), Optional.of(idOf(a.argument().get(), bindings)), a.type());
        }
        List<Expr> children = e.children();
        if (children.isEmpty()) {
            return e;
        }
        return e.withChildren(children.stream().map(c -> expr(c, bindings)).toList());
    }

    /** The name under which {@link RelationshipEnds} binds the node at one end of a relationship variable. */
    static String endVariable(String function, String relationship) {
        return "  " + function + " " + relationship;
    }

    private Expr relationshipEnd(String function, VariableRef relationship, Map<String, Binding> bindings) {
        String name = endVariable(function, relationship.name());
        if (!bindings.containsKey(name)) {
            throw new org.quiver.parser.error.UnsupportedFeature((function.equals("startnode") ? "startNode()" : "endNode()")
                    + " in this clause", org.quiver.parser.ast.Span.NONE);
        }
        return variable(new VariableRef(name, CypherType.NODE), bindings);
    }

    /** The keys of the properties an entity has: one candidate per column, the absent ones filtered out. */
    private static Expr keys(Binding binding) {
        if (!(binding instanceof Binding.Node) && !(binding instanceof Binding.Relationship)) {
            throw notTakenApart(binding);
        }
        Map<String, PropertyColumn> properties = binding instanceof Binding.Node n ? n.properties()
                : ((Binding.Relationship) binding).properties();
        List<Expr> candidates = new ArrayList<>();
        for (PropertyColumn p : properties.values()) {
            candidates.add(new org.quiver.planner.expr.CaseWhen(
                    List.of(new org.quiver.planner.expr.NullCheck(new ColumnRef(p.column(), p.type()), true)),
                    List.of(new org.quiver.planner.expr.Literal(p.key(), CypherType.STRING)),
                    org.quiver.planner.expr.Literal.ofNull(), CypherType.STRING));
        }
        CypherType type = CypherType.listOf(CypherType.STRING);
        org.quiver.planner.expr.LambdaVariable key = new org.quiver.planner.expr.LambdaVariable("key", CypherType.STRING);
        return new org.quiver.planner.expr.ListComprehensionOf("key", new org.quiver.planner.expr.ListOf(candidates, type),
                new org.quiver.planner.expr.NullCheck(key, true), key, type);
    }

    private Expr idOf(Expr entity, Map<String, Binding> bindings) {
        if (entity instanceof VariableRef ref) {
            return new ColumnRef(idOf(bindings.get(ref.name())), CypherType.INTEGER);
        }
        return new org.quiver.planner.expr.FieldOf(expr(entity, bindings), "id", CypherType.INTEGER);
    }

    /** A property of an entity value: a field of its graph-wide properties struct, null for keys no entity has. */
    private Expr entityProperty(org.quiver.planner.expr.FieldOf f, Map<String, Binding> bindings) {
        Map<String, CypherType> keys = f.map().type() == CypherType.NODE ? structs.nodeKeyTypes()
                : structs.relationshipKeyTypes();
        if (!keys.containsKey(f.key())) {
            return new org.quiver.planner.expr.Literal(null, f.type());
        }
        Expr properties = new org.quiver.planner.expr.FieldOf(expr(f.map(), bindings), "properties", CypherType.MAP);
        return MixedProperties.as(new org.quiver.planner.expr.FieldOf(properties, f.key(), keys.get(f.key())), f.type());
    }

    private static boolean isEntityList(CypherType type) {
        return type instanceof CypherType.ListOf list && list.element().isEntity();
    }

    /** The ids of a list of entities: a relationship list's id column, else each element's id. */
    private Expr idsOf(Expr list, Map<String, Binding> bindings) {
        CypherType ids = CypherType.listOf(CypherType.INTEGER);
        if (list instanceof VariableRef ref && bindings.get(ref.name()) instanceof Binding.RelationshipList r) {
            return new ColumnRef(r.ids(), ids);
        }
        CypherType element = ((CypherType.ListOf) list.type()).element();
        org.quiver.planner.expr.LambdaVariable x = new org.quiver.planner.expr.LambdaVariable("  element", element);
        return new org.quiver.planner.expr.ListComprehensionOf("  element", expr(list, bindings),
                new org.quiver.planner.expr.Literal(true, CypherType.BOOLEAN),
                new org.quiver.planner.expr.FieldOf(x, "id", CypherType.INTEGER), ids);
    }

    private static String idOf(Binding binding) {
        if (binding instanceof Binding.Node n) {
            return n.id();
        }
        if (binding instanceof Binding.Relationship r) {
            return r.id();
        }
        throw notTakenApart(binding);
    }

    /**
     * An entity that an expression computed is taken apart where a projection names it (see
     * {@link UnwoundEntities}); one that stays a single value (a grouping key computed by an
     * expression, say) cannot be read as a bound entity.
     */
    static RuntimeException notTakenApart(Binding binding) {
        if (binding instanceof Binding.Value) {
            return new org.quiver.parser.error.UnsupportedFeature("Matching from, updating or reading a node or"
                    + " relationship computed by an expression in this clause", null);
        }
        return new IllegalStateException("not an entity binding: " + binding);
    }

    private static Expr labelsOf(VariableRef ref, Map<String, Binding> bindings) {
        Binding.Node node = (Binding.Node) bindings.get(ref.name());
        String column = node.labels().orElseThrow(() -> new IllegalStateException("labels of " + ref.name() + " not read"));
        return new ColumnRef(column, CypherType.listOf(CypherType.STRING));
    }

    private static Expr property(PropertyOf p, Map<String, Binding> bindings) {
        Binding binding = bindings.get(p.entity().name());
        if (!(binding instanceof Binding.Node) && !(binding instanceof Binding.Relationship)) {
            throw notTakenApart(binding);
        }
        Map<String, PropertyColumn> properties = binding instanceof Binding.Node n ? n.properties()
                : ((Binding.Relationship) binding).properties();
        PropertyColumn column = properties.get(p.key());
        if (column == null) {
            throw new IllegalStateException("property " + p.key() + " of " + p.entity().name() + " not read");
        }
        return MixedProperties.as(new ColumnRef(column.column(), column.type()), p.type());
    }

    private Expr variable(VariableRef ref, Map<String, Binding> bindings) {
        Binding binding = bindings.get(ref.name());
        if (binding == null) {
            throw new IllegalStateException("variable " + ref.name() + " has no columns");
        }
        if (binding instanceof Binding.Value v) {
            return new ColumnRef(v.column(), ref.type());
        }
        if (binding instanceof Binding.RelationshipList list) {
            return new ColumnRef(list.values().orElseThrow(
                    () -> new IllegalStateException("relationships of " + ref.name() + " not read")), ref.type());
        }
        if (binding instanceof Binding.Node n) {
            return structs.node(n);
        }
        return structs.relationship((Binding.Relationship) binding);
    }
}
