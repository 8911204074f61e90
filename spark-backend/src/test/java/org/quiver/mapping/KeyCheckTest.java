package org.quiver.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.quiver.api.GraphMapping;
import org.quiver.testing.TestSpark;

/** The key check, on request, finds duplicate and null keys and references to no node. */
class KeyCheckTest {

    @BeforeAll
    static void tables() {
        MappedTables.create();
        TestSpark.spark().sql("CREATE OR REPLACE TEMPORARY VIEW m_dupes AS SELECT * FROM VALUES "
                + "(1L, 'a'), (1L, 'b'), (CAST(NULL AS BIGINT), 'c'), (2L, 'd') AS t(id, name)");
        TestSpark.spark().sql("CREATE OR REPLACE TEMPORARY VIEW m_dangling AS SELECT * FROM VALUES "
                + "(1L, 2L), (1L, 9L), (CAST(NULL AS BIGINT), 2L) AS t(src, dst)");
    }

    @Test
    void soundTablesHaveNoProblems() {
        TestSpark.quiver().execute("""
                CREATE OR REPLACE PROPERTY GRAPH sound
                  NODE TABLES (m_people KEY (id), m_cities KEY (country, name))
                  RELATIONSHIP TABLES (m_lives_in SOURCE KEY (person) REFERENCES m_people
                    DESTINATION KEY (country, city) REFERENCES m_cities)""");
        assertEquals(List.of(), TestSpark.quiver().checkKeys("sound"));
    }

    @Test
    void problemsNameTableAndColumns() {
        List<String> problems = GraphMapping.builder()
                .nodes("dupes", TestSpark.spark().table("m_dupes"), "id")
                .relationships("LINK", TestSpark.spark().table("m_dangling"))
                    .source("dupes", "src").target("dupes", "dst")
                .checkKeys();
        assertEquals(List.of(
                "table dupes: 1 row(s) have a null in the key (id)",
                "table dupes: 1 key value(s) of (id) occur in more than one row",
                "table LINK: 1 row(s) reference by (dst) a key that no row of dupes has"), problems);
    }
}
