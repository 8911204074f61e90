package org.quiver.parser.ast;

/** Infix operators, with the symbol that prints them. */
public enum BinaryOperator {
    OR("OR"), XOR("XOR"), AND("AND"),
    EQUALS("="), NOT_EQUALS("<>"), LESS_THAN("<"), LESS_THAN_OR_EQUAL("<="), GREATER_THAN(">"),
    GREATER_THAN_OR_EQUAL(">="),
    STARTS_WITH("STARTS WITH"), ENDS_WITH("ENDS WITH"), CONTAINS("CONTAINS"), REGEX_MATCH("=~"), IN("IN"),
    ADD("+"), SUBTRACT("-"), MULTIPLY("*"), DIVIDE("/"), MODULO("%"), POWER("^");

    private final String symbol;

    BinaryOperator(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }
}
