package org.quiver.bench.generate;

import java.nio.file.Path;
import java.util.TreeSet;

/**
 * Persons and what hangs off them directly: KNOWS (power-law degrees, mostly between persons who
 * joined near each other, so friends of friends are often friends), IS_LOCATED_IN a city, STUDY_AT
 * and WORK_AT. A KNOWS relationship always points from the earlier person to the later one, and a
 * pair is never related twice.
 */
final class PersonWriter {
    private static final int MAX_FRIENDS = 200;

    private final NetworkSize size;
    private final Sampler sampler;
    private final Timeline timeline;
    private long relationships;
    private int busiestPerson = -1;
    private int busiestDegree = -1;

    PersonWriter(NetworkSize size, Sampler sampler, Timeline timeline) {
        this.size = size;
        this.sampler = sampler;
        this.timeline = timeline;
    }

    void write(Path dir) {
        int persons = size.persons();
        int cities = size.countries() * size.citiesPerCountry();
        try (var person = new CsvTableWriter(dir.resolve("nodes/Person.csv"), ":ID(Person)", "id:long", "firstName",
                "lastName", "gender", "birthday:long", "creationDate:long", "locationIP", "browserUsed",
                "speaks:string[]");
                var knows = new CsvTableWriter(dir.resolve("relationships/KNOWS.csv"),
                        ":START_ID(Person)", ":END_ID(Person)", "creationDate:long");
                var locatedIn = new CsvTableWriter(dir.resolve("relationships/IS_LOCATED_IN.csv"),
                        ":START_ID(Person)", ":END_ID(City)");
                var studyAt = new CsvTableWriter(dir.resolve("relationships/STUDY_AT.csv"),
                        ":START_ID(Person)", ":END_ID(University)", "classYear:int");
                var workAt = new CsvTableWriter(dir.resolve("relationships/WORK_AT.csv"),
                        ":START_ID(Person)", ":END_ID(Company)", "workFrom:int")) {
            for (int p = 0; p < persons; p++) {
                long birthday = sampler.between(Timeline.BIRTHS_FROM, Timeline.BIRTHS_TO);
                person.number(p).number(p)
                        .text(Vocabulary.FIRST_NAMES.get(sampler.skewed(Vocabulary.FIRST_NAMES.size())))
                        .text(Vocabulary.LAST_NAMES.get(sampler.uniform(Vocabulary.LAST_NAMES.size())))
                        .text(sampler.chance(0.5) ? "female" : "male")
                        .number(birthday)
                        .number(timeline.personCreated(p))
                        .text(ipAddress())
                        .text(Vocabulary.BROWSERS.get(sampler.skewed(Vocabulary.BROWSERS.size())))
                        .text(languages())
                        .end();
                writeFriends(knows, p);
                locatedIn.number(p).number(sampler.skewed(cities)).end();
                int birthYear = 1970 + (int) (birthday / (365L * Timeline.DAY));
                if (sampler.chance(0.7)) {
                    studyAt.number(p).number(sampler.skewed(size.universities())).number(birthYear + 18 + sampler.uniform(6))
                            .end();
                }
                int jobs = Math.min(3, sampler.geometric(1.0));
                TreeSet<Integer> companies = new TreeSet<>();
                for (int j = 0; j < jobs; j++) {
                    companies.add(sampler.skewed(size.companies()));
                }
                for (int company : companies) {
                    workAt.number(p).number(company).number(birthYear + 20 + sampler.uniform(15)).end();
                }
            }
            relationships = knows.rows() + locatedIn.rows() + studyAt.rows() + workAt.rows();
        }
    }

    private void writeFriends(CsvTableWriter knows, int p) {
        int later = size.persons() - 1 - p;
        int degree = Math.min(later, sampler.powerLaw(2, 2.4, MAX_FRIENDS));
        TreeSet<Integer> friends = new TreeSet<>();
        int window = Math.min(later, size.window());
        for (int attempt = 0; friends.size() < degree && attempt < 20 * degree; attempt++) {
            int offset = sampler.chance(0.9) ? 1 + sampler.uniform(window) : 1 + sampler.uniform(later);
            friends.add(p + offset);
        }
        for (int friend : friends) {
            long since = Timeline.later(sampler, timeline.personCreated(friend), 200 * Timeline.DAY);
            knows.number(p).number(friend).number(since).end();
        }
        boolean candidate = p >= size.persons() / 10 && p < size.persons() / 5;
        if (candidate && friends.size() > busiestDegree) {
            busiestDegree = friends.size();
            busiestPerson = p;
        }
    }

    private String ipAddress() {
        return (1 + sampler.uniform(223)) + "." + sampler.uniform(256) + "." + sampler.uniform(256) + "."
                + (1 + sampler.uniform(254));
    }

    private String languages() {
        String first = Vocabulary.LANGUAGES.get(sampler.skewed(Vocabulary.LANGUAGES.size()));
        String second = Vocabulary.LANGUAGES.get(sampler.uniform(Vocabulary.LANGUAGES.size()));
        return first.equals(second) ? first : first + ";" + second;
    }

    long relationships() {
        return relationships;
    }

    /** The person with the most friends among the persons numbered n/10 … n/5: the queries' start. */
    int busiestPerson() {
        return busiestPerson;
    }
}
