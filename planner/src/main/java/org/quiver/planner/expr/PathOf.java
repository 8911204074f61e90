package org.quiver.planner.expr;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.quiver.planner.types.CypherType;

/**
 * The path a named pattern matched, from the variables of its elements: the first node, then per
 * step the relationship (a list of them for a variable-length step, with the nodes between its
 * ends in {@code innerNodes}) and the node it reaches.
 */
public record PathOf(VariableRef start, List<Step> steps) implements Expr {
    public PathOf {
        Objects.requireNonNull(start, "start");
        steps = List.copyOf(steps);
    }

    /** One step of the path; {@code innerNodes} is present exactly for variable-length steps. */
    public record Step(VariableRef relationship, Optional<VariableRef> innerNodes, VariableRef node) {
        public Step {
            Objects.requireNonNull(relationship, "relationship");
            Objects.requireNonNull(innerNodes, "innerNodes");
            Objects.requireNonNull(node, "node");
        }
    }

    public CypherType type() {
        return CypherType.PATH;
    }

    public List<Expr> children() {
        List<Expr> all = new ArrayList<>(List.of(start));
        for (Step step : steps) {
            all.add(step.relationship());
            step.innerNodes().ifPresent(all::add);
            all.add(step.node());
        }
        return all;
    }

    public Expr withChildren(List<Expr> children) {
        int i = 0;
        VariableRef first = (VariableRef) children.get(i++);
        List<Step> rebuilt = new ArrayList<>();
        for (Step step : steps) {
            VariableRef relationship = (VariableRef) children.get(i++);
            Optional<VariableRef> inner = step.innerNodes().isPresent()
                    ? Optional.of((VariableRef) children.get(i++)) : Optional.empty();
            rebuilt.add(new Step(relationship, inner, (VariableRef) children.get(i++)));
        }
        return new PathOf(first, rebuilt);
    }
}
