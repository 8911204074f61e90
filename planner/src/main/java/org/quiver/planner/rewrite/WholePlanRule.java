package org.quiver.planner.rewrite;

/**
 * A rule that looks at the whole plan at once (join ordering weighs every order of a pattern), so
 * the optimizer gives it the root, once per stage, instead of trying it at every operator.
 */
public interface WholePlanRule extends RewriteRule {
}
