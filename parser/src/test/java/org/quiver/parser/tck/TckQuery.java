package org.quiver.parser.tck;

/**
 * One query text of the openCypher TCK: where it comes from, what step wrote it, and the detail of
 * the SyntaxError the scenario expects at compile time (empty when it expects none).
 */
public record TckQuery(String origin, String step, String text, String expectedSyntaxError) {
    public boolean expectsSyntaxError() {
        return !expectedSyntaxError.isEmpty();
    }
}
