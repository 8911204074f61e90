package org.quiver.bench.generate;

/**
 * How big a generated network is: the number of persons sets everything else. The places,
 * organisations and tags grow slowly (as in LDBC, where they are nearly fixed); forums, posts,
 * comments and likes grow with the persons. About 65 relationships per person.
 */
public record NetworkSize(int persons) {
    public NetworkSize {
        if (persons < 50) {
            throw new IllegalArgumentException("at least 50 persons, not " + persons);
        }
    }

    int countries() {
        return 20;
    }

    int citiesPerCountry() {
        return 10;
    }

    int universities() {
        return Math.max(20, persons / 100);
    }

    int companies() {
        return Math.max(40, persons / 50);
    }

    int tags() {
        return Math.max(100, persons / 20);
    }

    int forums() {
        return persons / 4;
    }

    /** How far apart (in person numbers) friends and forum members usually are: friendships are local. */
    int window() {
        return Math.min(persons - 1, 2000);
    }
}
