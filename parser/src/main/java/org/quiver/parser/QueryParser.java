package org.quiver.parser;

import java.util.Objects;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;
import org.quiver.parser.ast.Statement;
import org.quiver.parser.error.SyntaxError;

/**
 * Parses Cypher text into an AST.
 *
 * <pre>{@code
 * Statement s = QueryParser.parse("MATCH (p:Person) RETURN p.name");
 * }</pre>
 */
public final class QueryParser {
    private QueryParser() {
    }

    /**
     * Parses one statement; the whole text must be one statement (a trailing {@code ;} is allowed).
     *
     * @throws SyntaxError at the first error, with line, column and the query text for the caret
     * @throws org.quiver.parser.error.LimitExceeded where brackets nest more than 1,000 levels deep
     */
    public static Statement parse(String query) {
        Objects.requireNonNull(query, "query");
        BracketNesting.check(query);
        SourceText source = new SourceText(query);
        CypherLexer lexer = new CypherLexer(CharStreams.fromString(query));
        lexer.removeErrorListeners();
        lexer.addErrorListener(new LexerErrorListener(source));
        CommonTokenStream tokens = new CommonTokenStream(lexer);
        CypherParser parser = new CypherParser(tokens);
        parser.removeErrorListeners();
        return new StatementBuilder(source).statement(parseTree(parser, tokens, source));
    }

    /**
     * Two stages: SLL prediction is fast and right for every valid query of this grammar but may
     * reject a valid one; only then, or for a real error, the query is parsed again with full LL
     * prediction, which also finds the exact place of a real error.
     */
    private static CypherParser.StatementContext parseTree(
            CypherParser parser, CommonTokenStream tokens, SourceText source) {
        parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
        parser.setErrorHandler(new BailErrorStrategy());
        try {
            return parser.statement();
        } catch (ParseCancellationException sllFailed) {
            tokens.seek(0);
            parser.reset();
            parser.getInterpreter().setPredictionMode(PredictionMode.LL);
            parser.setErrorHandler(new FailFastErrorStrategy(new SyntaxErrorReporter(source)));
            return parser.statement();
        }
    }

    /** The lexer has a catch-all token and so never fails; this guards that promise. */
    private static final class LexerErrorListener extends BaseErrorListener {
        private final SourceText source;

        LexerErrorListener(SourceText source) {
            this.source = source;
        }

        @Override
        public void syntaxError(Recognizer<?, ?> recognizer, Object offendingSymbol, int line, int column,
                String message, RecognitionException e) {
            throw source.error("UnexpectedSyntax", "Invalid input: " + message, source.at(0, 0));
        }
    }
}
