package org.quiver.bench.generate;

import java.util.List;

/** The words the generator builds names and texts from. */
final class Vocabulary {
    static final List<String> FIRST_NAMES = List.of(
            "Amara", "Björn", "Chen", "Dalia", "Emeka", "Farah", "Giulia", "Hiro", "Ines", "Jonas",
            "Kavya", "Lars", "Mei", "Nadia", "Oskar", "Priya", "Quentin", "Rosa", "Sven", "Tariq",
            "Uma", "Viktor", "Wen", "Ximena", "Yusuf", "Zofia", "Ahmed", "Beatriz", "Carlos", "Dmitri",
            "Elif", "Fatima", "Goran", "Hana", "Ivan", "Julia", "Kofi", "Lucia", "Mateo", "Noor",
            "Olga", "Pablo", "Rania", "Sakura", "Tomás", "Ulla", "Vera", "Wiremu", "Yara", "Zaid");
    static final List<String> LAST_NAMES = List.of(
            "Okafor", "Lindqvist", "Wang", "Haddad", "Nwosu", "Rahman", "Rossi", "Tanaka", "García", "Becker",
            "Sharma", "Nilsson", "Li", "Petrova", "Kowalski", "Patel", "Moreau", "Silva", "Berg", "Aziz",
            "Kim", "Novak", "Zhang", "López", "Yilmaz", "Nowak", "Hassan", "Costa", "Mendes", "Ivanov",
            "Demir", "Khan", "Horvat", "Sato", "Popescu", "Müller", "Mensah", "Romero", "Ortiz", "Ali");
    static final List<String> BROWSERS = List.of("Firefox", "Chrome", "Safari", "Edge", "Opera");
    static final List<String> LANGUAGES = List.of("en", "es", "de", "zh", "pt", "fr", "ar", "hi", "sv", "ja");
    static final List<String> WORDS = List.of(
            "graph", "query", "music", "river", "city", "football", "history", "novel", "science", "garden",
            "travel", "recipe", "election", "mountain", "film", "festival", "market", "bridge", "poem", "ocean",
            "theory", "camera", "winter", "island", "opera", "engine", "harvest", "library", "planet", "season");
    private static final List<String> SYLLABLES = List.of(
            "ka", "lo", "mi", "ra", "ten", "vo", "sha", "bel", "dor", "an", "is", "ur", "el", "mar", "qu", "zen");

    private Vocabulary() {
    }

    /** A pronounceable name for number {@code n}: distinct numbers give distinct names. */
    static String placeName(int n) {
        StringBuilder name = new StringBuilder();
        int rest = n;
        do {
            name.append(SYLLABLES.get(rest % SYLLABLES.size()));
            rest /= SYLLABLES.size();
        } while (rest > 0);
        name.append(SYLLABLES.get(n % 7));
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    /** A text of {@code words} words. */
    static String text(Sampler sampler, int words) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < words; i++) {
            if (i > 0) {
                text.append(' ');
            }
            text.append(WORDS.get(sampler.skewed(WORDS.size())));
        }
        return text.toString();
    }
}
