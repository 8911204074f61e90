package org.quiver.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.DiagnosticErrorListener;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.atn.ATNConfigSet;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.dfa.DFA;
import org.antlr.v4.runtime.misc.ParseCancellationException;
import org.junit.jupiter.api.Test;
import org.quiver.parser.tck.TckQueries;
import org.quiver.parser.tck.TckQuery;

/**
 * How often the grammar needs more than SLL prediction on the TCK corpus: the queries the fast
 * stage of {@link QueryParser} rejects, and, under full LL with exact ambiguity detection, the
 * decisions that fall back to full context or are truly ambiguous, by rule. Prints the figures; the
 * only assertion is that every valid TCK query parses in the SLL stage alone.
 */
class TckPredictionDiagnosticsTest {

    @Test
    void tckQueriesNeedNoFullContextPrediction() {
        List<TckQuery> queries = TckQueries.all().stream().filter(q -> !q.expectsSyntaxError()).toList();
        int sllFailures = 0;
        Counting listener = new Counting();
        for (TckQuery query : queries) {
            CypherParser sll = parser(query.text());
            sll.getInterpreter().setPredictionMode(PredictionMode.SLL);
            sll.setErrorHandler(new BailErrorStrategy());
            try {
                sll.statement();
            } catch (ParseCancellationException e) {
                sllFailures++;
            }
            CypherParser ll = parser(query.text());
            ll.getInterpreter().setPredictionMode(PredictionMode.LL_EXACT_AMBIG_DETECTION);
            ll.addErrorListener(listener);
            ll.statement();
        }
        System.out.printf("TCK prediction: %d valid queries; %d need the LL stage; %d full-context attempts,"
                        + " %d context sensitivities, %d ambiguities; full-context attempts by rule: %s;"
                        + " ambiguities by rule: %s%n",
                queries.size(), sllFailures, listener.attempts, listener.sensitivities, listener.ambiguities,
                listener.attemptsByRule, listener.ambiguitiesByRule);
        assertEquals(0, sllFailures, "TCK queries the SLL stage rejects");
    }

    private static CypherParser parser(String text) {
        CypherParser parser = new CypherParser(new CommonTokenStream(new CypherLexer(CharStreams.fromString(text))));
        parser.removeErrorListeners();
        return parser;
    }

    /** Counts ANTLR's prediction reports instead of printing them. */
    private static final class Counting extends DiagnosticErrorListener {
        int attempts;
        int sensitivities;
        int ambiguities;
        final Map<String, Integer> attemptsByRule = new TreeMap<>();
        final Map<String, Integer> ambiguitiesByRule = new TreeMap<>();

        Counting() {
            super(true);
        }

        @Override
        public void reportAmbiguity(Parser recognizer, DFA dfa, int startIndex, int stopIndex, boolean exact,
                BitSet ambigAlts, ATNConfigSet configs) {
            ambiguities++;
            ambiguitiesByRule.merge(rule(recognizer, dfa), 1, Integer::sum);
        }

        @Override
        public void reportAttemptingFullContext(Parser recognizer, DFA dfa, int startIndex, int stopIndex,
                BitSet conflictingAlts, ATNConfigSet configs) {
            attempts++;
            attemptsByRule.merge(rule(recognizer, dfa), 1, Integer::sum);
        }

        @Override
        public void reportContextSensitivity(Parser recognizer, DFA dfa, int startIndex, int stopIndex,
                int prediction, ATNConfigSet configs) {
            sensitivities++;
        }

        private static String rule(Parser recognizer, DFA dfa) {
            return recognizer.getRuleNames()[dfa.atnStartState.ruleIndex];
        }
    }
}
