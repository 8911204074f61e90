package org.quiver.parser.ast;

/** A Cypher expression. */
public sealed interface Expression extends AstNode
        permits IntegerLiteral, FloatLiteral, StringLiteral, BooleanLiteral, NullLiteral, ListLiteral, MapLiteral,
                Parameter, Variable, PropertyAccess, BinaryExpression, UnaryExpression, IsNull, HasLabels,
                FunctionCall, CountStar, CaseExpression, Subscript, Slice, ListComprehension, Quantified, Reduce,
                PatternExpression, PatternComprehension, MapProjection, ExistsSubquery, CountSubquery,
                CollectSubquery, ShortestPathExpression {
}
