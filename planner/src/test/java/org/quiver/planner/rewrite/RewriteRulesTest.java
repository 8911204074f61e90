package org.quiver.planner.rewrite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quiver.planner.Planning.find;
import static org.quiver.planner.Planning.logical;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quiver.planner.expr.Binary;
import org.quiver.planner.expr.Literal;
import org.quiver.planner.logical.CartesianProduct;
import org.quiver.planner.logical.Expand;
import org.quiver.planner.logical.Filter;
import org.quiver.planner.logical.LogicalOp;
import org.quiver.planner.logical.NodeScan;
import org.quiver.planner.logical.PlanValidator;
import org.quiver.planner.types.CypherType;

/** Each rule on a plan where it fires and on one where it must not. */
class RewriteRulesTest {

    @Test
    void splitConjunctionsFiresOnAnd() {
        Filter f = find(logical("MATCH (a:Person) WHERE a.age > 1 AND a.name = 'x' RETURN a"), Filter.class);
        LogicalOp split = new SplitConjunctions().apply(f).orElseThrow();
        Filter outer = assertInstanceOf(Filter.class, split);
        assertInstanceOf(Filter.class, outer.input());
    }

    @Test
    void splitConjunctionsLeavesOrAlone() {
        Filter f = find(logical("MATCH (a:Person) WHERE a.age > 1 OR a.name = 'x' RETURN a"), Filter.class);
        assertEquals(Optional.empty(), new SplitConjunctions().apply(f));
    }

    @Test
    void pushFilterBelowExpandMovesAFilterOnTheStartNode() {
        Filter f = find(logical("MATCH (a:Person)-[:KNOWS]->(b) WHERE a.age > 30 RETURN b"), Filter.class);
        LogicalOp pushed = new PushFilterBelowExpand().apply(f).orElseThrow();
        Expand expand = assertInstanceOf(Expand.class, pushed);
        assertInstanceOf(Filter.class, expand.input());
        PlanValidator.validate(pushed);
    }

    @Test
    void pushFilterBelowExpandKeepsAFilterOnTheFarNode() {
        Filter f = find(logical("MATCH (a:Person)-[:KNOWS]->(b) WHERE b.age > 30 RETURN b"), Filter.class);
        assertEquals(Optional.empty(), new PushFilterBelowExpand().apply(f));
    }

    @Test
    void pushFilterIntoCartesianProductPicksTheSideItReads() {
        Filter f = find(logical("MATCH (a:Person), (c:City) WHERE c.name = 'Paris' RETURN a"), Filter.class);
        CartesianProduct product = assertInstanceOf(CartesianProduct.class,
                new PushFilterIntoCartesianProduct().apply(f).orElseThrow());
        assertInstanceOf(NodeScan.class, product.left());
        assertInstanceOf(Filter.class, product.right());
    }

    @Test
    void pushFilterIntoCartesianProductKeepsAFilterOverBothSides() {
        Filter f = find(logical("MATCH (a:Person), (c:City) WHERE c.name = a.name RETURN a"), Filter.class);
        assertEquals(Optional.empty(), new PushFilterIntoCartesianProduct().apply(f));
    }

    @Test
    void mergeFiltersJoinsAdjacentFilters() {
        NodeScan scan = new NodeScan("a", Set.of("Person"));
        Filter inner = new Filter(scan, Literal.of(true));
        Filter outer = new Filter(inner, Literal.of(false));
        Filter merged = assertInstanceOf(Filter.class, new MergeFilters().apply(outer).orElseThrow());
        assertEquals(scan, merged.input());
        assertEquals(new Binary(Binary.Op.AND, Literal.of(true), Literal.of(false), CypherType.BOOLEAN),
                merged.predicate());
    }

    @Test
    void mergeFiltersNeedsTwoFilters() {
        Filter single = new Filter(new NodeScan("a", Set.of()), Literal.of(false));
        assertEquals(Optional.empty(), new MergeFilters().apply(single));
    }

    @Test
    void removeTrueFiltersDropsConstantTrue() {
        NodeScan scan = new NodeScan("a", Set.of());
        assertEquals(Optional.of(scan), new RemoveTrueFilters().apply(new Filter(scan, Literal.of(true))));
    }

    @Test
    void removeTrueFiltersKeepsOtherConditions() {
        NodeScan scan = new NodeScan("a", Set.of());
        assertEquals(Optional.empty(), new RemoveTrueFilters().apply(new Filter(scan, Literal.ofNull())));
    }

    @Test
    void optimizerPushesBothConjunctsToTheirScansAndValidatesEveryStep() {
        LogicalOp plan = logical("MATCH (a:Person)-[:KNOWS]->(b:Person) WHERE a.age > 30 AND b.age < 20 RETURN b");
        List<LogicalOp> steps = new java.util.ArrayList<>();
        LogicalOp optimized = Optimizer.standard().optimize(plan, Set.of(), p -> {
            PlanValidator.validate(p);
            steps.add(p);
        });
        assertTrue(steps.size() >= 2, "rules fired");
        Expand expand = find(optimized, Expand.class);
        assertInstanceOf(Filter.class, expand.input(), "a.age > 30 runs before the expand");
    }

    @Test
    void aDisabledRuleDoesNotFire() {
        LogicalOp plan = logical("MATCH (a:Person)-[:KNOWS]->(b) WHERE a.age > 30 RETURN b");
        LogicalOp optimized = Optimizer.standard().optimize(plan, Set.of("PushFilterBelowExpand", "OrderPatternJoins"),
                p -> { });
        assertInstanceOf(NodeScan.class, find(optimized, Expand.class).input());
    }

    @Test
    void anUnknownRuleNameIsRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> Optimizer.standard().optimize(logical("MATCH (a) RETURN a"), Set.of("NoSuchRule"), p -> { }));
    }
}
