package org.quiver.mapping;

import org.apache.spark.sql.SparkSession;
import org.quiver.testing.TestSpark;

/** Temporary views for mapping tests, named {@code m_*} so that they meet no other test's. */
final class MappedTables {
    private MappedTables() {
    }

    static synchronized void create() {
        SparkSession spark = TestSpark.spark();
        if (spark.catalog().tableExists("m_people")) {
            return;
        }
        view(spark, "m_people", "(1L, 'Ada', 1815), (2L, 'Alan', 1912), (3L, 'Grace', 1906)", "id, name, birth_year");
        view(spark, "m_companies", "(1, 'Analytical Engines', DATE'1834-01-01'), (2, 'Bletchley', DATE'1938-05-01')",
                "cid, name, founded");
        view(spark, "m_works_at", "(10, 1L, 1, 1842), (11, 2L, 2, 1939), (12, 3L, 2, 1944)",
                "id, person_id, company_id, since");
        view(spark, "m_cities", "('UK', 'London', 9000000), ('US', 'London', 27000), ('US', 'Arlington', 400000)",
                "country, name, population");
        view(spark, "m_lives_in", "(1L, 'UK', 'London'), (2L, 'UK', 'London'), (3L, 'US', 'Arlington')",
                "person, country, city");
        view(spark, "m_staff", "(1, 'Boss', CAST(NULL AS INT)), (2, 'Deputy', 1), (3, 'Clerk', 2)",
                "id, title, manager");
    }

    private static void view(SparkSession spark, String name, String rows, String columns) {
        spark.sql("CREATE OR REPLACE TEMPORARY VIEW " + name + " AS SELECT * FROM VALUES " + rows + " AS t(" + columns
                + ")");
    }
}
