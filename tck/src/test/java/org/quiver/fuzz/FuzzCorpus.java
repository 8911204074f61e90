package org.quiver.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;
import org.quiver.parser.CypherLexer;
import org.quiver.tck.gherkin.Feature;
import org.quiver.tck.gherkin.Scenario;
import org.quiver.tck.gherkin.Step;
import org.quiver.tck.run.TckArtifact;

/** What the fuzzer starts from: every query text of the openCypher TCK, and the tokens they are made of. */
final class FuzzCorpus {
    static final List<String> QUERIES = queries();
    /** Each distinct token text of the corpus, sorted (so that a seed always means the same input). */
    static final List<String> VOCABULARY = vocabulary();

    private FuzzCorpus() {
    }

    /** The texts of {@code query}'s tokens, comments and whitespace left out. */
    static List<String> tokens(String query) {
        List<String> texts = new ArrayList<>();
        for (Token token : new CypherLexer(CharStreams.fromString(query)).getAllTokens()) {
            texts.add(token.getText());
        }
        return texts;
    }

    private static List<String> queries() {
        TreeSet<String> texts = new TreeSet<>();
        for (Feature feature : TckArtifact.features()) {
            for (Scenario scenario : feature.scenarios()) {
                for (Step step : scenario.steps()) {
                    if (step.text().startsWith("executing") || step.text().startsWith("having executed")) {
                        step.docString().ifPresent(texts::add);
                    }
                }
            }
        }
        return List.copyOf(texts);
    }

    private static List<String> vocabulary() {
        TreeSet<String> tokens = new TreeSet<>();
        QUERIES.forEach(query -> tokens.addAll(tokens(query)));
        return List.copyOf(tokens);
    }
}
