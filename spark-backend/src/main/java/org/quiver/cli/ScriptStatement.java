package org.quiver.cli;

/**
 * One statement of a script file: its text (without the {@code ;}) and the 1-based line and column
 * of the file where it starts.
 */
public record ScriptStatement(String text, int line, int column) {

    /**
     * The text shifted by blank lines and spaces to where it stands in the file, so that the line
     * and column of a query error are those of the file.
     */
    public String textAtFilePosition() {
        return "\n".repeat(line - 1) + " ".repeat(column - 1) + text;
    }
}
