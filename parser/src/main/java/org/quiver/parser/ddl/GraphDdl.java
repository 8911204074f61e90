package org.quiver.parser.ddl;

import java.util.Objects;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.quiver.parser.SourceText;
import org.quiver.parser.ddl.ast.GraphDdlStatement;
import org.quiver.parser.error.SyntaxError;

/**
 * Parses a graph mapping statement (the grammar is {@code GraphDdl.g4}).
 *
 * <pre>{@code
 * GraphDdlStatement s = GraphDdl.parse("""
 *     CREATE PROPERTY GRAPH social
 *       NODE TABLES (people KEY (id) LABEL Person PROPERTIES (name, birth_year AS born))""");
 * }</pre>
 */
public final class GraphDdl {
    private GraphDdl() {
    }

    /** @throws SyntaxError at the first error, with line, column and the statement for the caret */
    public static GraphDdlStatement parse(String text) {
        Objects.requireNonNull(text, "text");
        SourceText source = new SourceText(text);
        GraphDdlLexer lexer = new GraphDdlLexer(CharStreams.fromString(text));
        lexer.removeErrorListeners();
        lexer.addErrorListener(new BaseErrorListener() {
            @Override
            public void syntaxError(Recognizer<?, ?> recognizer, Object symbol, int line, int column, String message,
                    RecognitionException e) {
                // The lexer has a catch-all token; this guards that promise.
                throw source.error("UnexpectedSyntax", "Invalid input: " + message, source.at(0, 0));
            }
        });
        GraphDdlParser parser = new GraphDdlParser(new CommonTokenStream(lexer));
        parser.removeErrorListeners();
        parser.setErrorHandler(new DdlErrorStrategy(source));
        return new DdlAstBuilder(source).statement(parser.statement());
    }
}
