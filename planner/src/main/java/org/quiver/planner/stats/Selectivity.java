package org.quiver.planner.stats;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.quiver.planner.expr.Binary;
import org.quiver.planner.expr.Expr;
import org.quiver.planner.expr.HasLabel;
import org.quiver.planner.expr.ListOf;
import org.quiver.planner.expr.Literal;
import org.quiver.planner.expr.NullCheck;
import org.quiver.planner.expr.PropertyOf;
import org.quiver.planner.expr.Unary;
import org.quiver.planner.expr.VariableRef;
import org.quiver.planner.types.CypherType;

/**
 * The fraction of rows a predicate keeps, from the statistics of the properties it reads where it
 * compares a property with a constant, else from fixed guesses of the kind most optimizers use.
 */
final class Selectivity {
    static final double EQUALITY_GUESS = 0.1;
    static final double RANGE_GUESS = 0.3;
    static final double STRING_MATCH_GUESS = 0.2;
    static final double OTHER_GUESS = 0.5;
    static final double NOT_EQUAL_GUESS = 0.9;

    private final GraphStatistics statistics;
    /** Labels known for each node variable, types for each relationship variable. */
    private final Map<String, Set<String>> labels;
    private final Map<String, List<String>> types;

    Selectivity(GraphStatistics statistics, Map<String, Set<String>> labels, Map<String, List<String>> types) {
        this.statistics = statistics;
        this.labels = labels;
        this.types = types;
    }

    double of(Expr predicate) {
        return clamp(estimate(predicate));
    }

    private double estimate(Expr e) {
        if (e instanceof Literal literal) {
            return Boolean.TRUE.equals(literal.value()) ? 1 : 0;
        }
        if (e instanceof Unary u && u.op() == Unary.Op.NOT) {
            return 1 - of(u.operand());
        }
        if (e instanceof HasLabel has && has.node() instanceof VariableRef v) {
            Set<String> known = labels.getOrDefault(v.name(), Set.of());
            if (known.contains(has.label())) {
                return 1;
            }
            if (!statistics.known()) {
                return EQUALITY_GUESS;
            }
            Set<String> more = new java.util.TreeSet<>(known);
            more.add(has.label());
            return ratio(statistics.nodes(more), statistics.nodes(known));
        }
        if (e instanceof NullCheck check) {
            double present = presentFraction(check.operand()).orElse(check.negated() ? 0.9 : 0.1);
            return check.negated() ? present : 1 - present;
        }
        if (e instanceof Binary b) {
            return binary(b);
        }
        return OTHER_GUESS;
    }

    private double binary(Binary b) {
        return switch (b.op()) {
            case AND -> of(b.left()) * of(b.right());
            case OR -> {
                double l = of(b.left());
                double r = of(b.right());
                yield l + r - l * r;
            }
            case EQUALS -> equality(b.left(), b.right());
            case NOT_EQUALS -> NOT_EQUAL_GUESS;
            case LESS_THAN, LESS_THAN_OR_EQUAL, GREATER_THAN, GREATER_THAN_OR_EQUAL -> RANGE_GUESS;
            case STARTS_WITH, ENDS_WITH, CONTAINS, REGEX_MATCH -> STRING_MATCH_GUESS;
            case IN -> b.right() instanceof ListOf list ? list.elements().size() * equality(b.left(), b.right())
                    : b.right() instanceof Literal l && l.value() instanceof List<?> values
                            ? values.size() * equality(b.left(), b.right())
                            : OTHER_GUESS;
            default -> OTHER_GUESS;
        };
    }

    /** {@code property = value}: one in the number of distinct values of the property. */
    private double equality(Expr left, Expr right) {
        Optional<PropertyStatistics> l = property(left);
        Optional<PropertyStatistics> r = property(right);
        Optional<PropertyStatistics> p = l.isPresent() && r.isPresent()
                ? Optional.of(l.get().distinct() >= r.get().distinct() ? l.get() : r.get())
                : l.or(() -> r);
        return p.filter(s -> s.distinct() > 0).map(s -> 1.0 / s.distinct()).orElse(EQUALITY_GUESS);
    }

    private Optional<Double> presentFraction(Expr e) {
        if (!(e instanceof PropertyOf p)) {
            return Optional.empty();
        }
        String variable = p.entity().name();
        Optional<PropertyStatistics> stats = property(e);
        if (stats.isEmpty()) {
            return statistics.known() ? Optional.of(0.0) : Optional.empty();
        }
        double all = types.containsKey(variable)
                ? statistics.relationships(types.get(variable), Set.of(), Set.of())
                : statistics.nodes(labels.getOrDefault(variable, Set.of()));
        return Optional.of(ratio(stats.get().nonNull(), all));
    }

    private Optional<PropertyStatistics> property(Expr e) {
        if (!statistics.known() || !(e instanceof PropertyOf p)) {
            return Optional.empty();
        }
        String variable = p.entity().name();
        if (p.entity().type() == CypherType.RELATIONSHIP) {
            return statistics.relationshipProperty(types.getOrDefault(variable, List.of()), p.key());
        }
        if (p.entity().type() == CypherType.NODE) {
            return statistics.nodeProperty(labels.getOrDefault(variable, Set.of()), p.key());
        }
        return Optional.empty();
    }

    private static double ratio(double part, double whole) {
        return whole <= 0 ? 0 : part / whole;
    }

    private static double clamp(double s) {
        return Double.isNaN(s) ? OTHER_GUESS : Math.max(0, Math.min(1, s));
    }
}
