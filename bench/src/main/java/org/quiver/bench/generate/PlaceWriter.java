package org.quiver.bench.generate;

import java.nio.file.Path;

/**
 * The nearly fixed part of the network: countries, their cities (IS_PART_OF), universities,
 * companies and tags.
 */
final class PlaceWriter {
    private PlaceWriter() {
    }

    static long write(Path dir, NetworkSize size) {
        long relationships = 0;
        try (var countries = new CsvTableWriter(dir.resolve("nodes/Country.csv"), ":ID(Country)", "id:long", "name");
                var cities = new CsvTableWriter(dir.resolve("nodes/City.csv"), ":ID(City)", "id:long", "name");
                var partOf = new CsvTableWriter(dir.resolve("relationships/IS_PART_OF.csv"),
                        ":START_ID(City)", ":END_ID(Country)")) {
            for (int c = 0; c < size.countries(); c++) {
                countries.number(c).number(c).text(countryName(c)).end();
                for (int k = 0; k < size.citiesPerCountry(); k++) {
                    int city = c * size.citiesPerCountry() + k;
                    cities.number(city).number(city).text(Vocabulary.placeName(city)).end();
                    partOf.number(city).number(c).end();
                }
            }
            relationships += partOf.rows();
        }
        try (var universities = new CsvTableWriter(dir.resolve("nodes/University.csv"),
                ":ID(University)", "id:long", "name")) {
            for (int u = 0; u < size.universities(); u++) {
                universities.number(u).number(u).text("University of " + Vocabulary.placeName(u)).end();
            }
        }
        try (var companies = new CsvTableWriter(dir.resolve("nodes/Company.csv"), ":ID(Company)", "id:long", "name")) {
            for (int c = 0; c < size.companies(); c++) {
                companies.number(c).number(c).text(Vocabulary.placeName(5000 + c) + " Ltd").end();
            }
        }
        try (var tags = new CsvTableWriter(dir.resolve("nodes/Tag.csv"), ":ID(Tag)", "id:long", "name")) {
            for (int t = 0; t < size.tags(); t++) {
                tags.number(t).number(t).text(Vocabulary.WORDS.get(t % Vocabulary.WORDS.size()) + "_" + t).end();
            }
        }
        return relationships;
    }

    static String countryName(int country) {
        return Vocabulary.placeName(900 + country) + "ia";
    }
}
