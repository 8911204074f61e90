package org.quiver.bench.query;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.sum;
import static org.quiver.bench.graph.BenchGraph.DST;
import static org.quiver.bench.graph.BenchGraph.SRC;
import static org.quiver.bench.graph.BenchGraph.VID;

import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.quiver.bench.graph.BenchGraph;

/**
 * Whole-graph queries: cycles (triangles, 4-cycles), a variable-length reach, an OPTIONAL MATCH
 * report and large aggregations. KNOWS always points from the earlier person to the later one,
 * so a directed triangle or diamond is counted once.
 */
final class GraphPatterns {
    private GraphPatterns() {
    }

    static List<BenchQuery> all() {
        return List.of(
                new BenchQuery("TRIANGLES", "KNOWS triangles",
                        """
                        MATCH (a:Person)-[:KNOWS]->(b:Person)-[:KNOWS]->(c:Person), (a)-[:KNOWS]->(c)
                        RETURN count(*) AS triangles""",
                        GraphPatterns::triangles),
                new BenchQuery("FOUR_CYCLES", "KNOWS 4-cycles a->b->d, a->c->d",
                        """
                        MATCH (a:Person)-[:KNOWS]->(b:Person)-[:KNOWS]->(d:Person),
                              (a)-[:KNOWS]->(c:Person)-[:KNOWS]->(d)
                        WHERE id(b) < id(c)
                        RETURN count(*) AS cycles""",
                        GraphPatterns::fourCycles),
                new BenchQuery("VAR_LENGTH", "persons reachable by 1 to 3 outgoing KNOWS",
                        """
                        MATCH (p:Person {id: $personId})-[:KNOWS*1..3]->(f:Person)
                        RETURN count(DISTINCT f) AS reachable""",
                        GraphPatterns::reach),
                new BenchQuery("OPTIONAL_REPORT", "persons of a country, with their employers if any",
                        """
                        MATCH (country:Country {name: $countryName})<-[:IS_PART_OF]-(city:City)
                              <-[:IS_LOCATED_IN]-(p:Person)
                        OPTIONAL MATCH (p)-[w:WORK_AT]->(co:Company)
                        RETURN p.id AS personId, city.name AS city, co.name AS company, w.workFrom AS workFrom""",
                        GraphPatterns::countryReport),
                new BenchQuery("TAG_LIKES", "likes of posts per tag",
                        """
                        MATCH (p:Person)-[:LIKES]->(m:Post)-[:HAS_TAG]->(t:Tag)
                        RETURN t.name AS tag, count(*) AS likes, count(DISTINCT p) AS persons""",
                        GraphPatterns::tagLikes),
                new BenchQuery("COMMENTS_PER_PERSON", "comments per person: count, total length, latest",
                        """
                        MATCH (p:Person)<-[:HAS_CREATOR]-(m:Comment)
                        RETURN p.id AS personId, count(m) AS comments, sum(m.length) AS totalLength,
                               max(m.creationDate) AS lastComment""",
                        GraphPatterns::commentsPerPerson));
    }

    /** KNOWS as (from, to) pairs; every endpoint is a Person, so no label join is needed. */
    private static Dataset<Row> knows(BenchGraph g, String from, String to) {
        return g.relationships("KNOWS").select(col(SRC).as(from), col(DST).as(to));
    }

    private static Dataset<Row> triangles(BenchGraph g, Map<String, Object> params) {
        return knows(g, "a", "b").join(knows(g, "b", "c"), "b")
                .join(knows(g, "a", "c"), new String[] {"a", "c"})
                .agg(count(lit(1)).as("triangles"));
    }

    private static Dataset<Row> fourCycles(BenchGraph g, Map<String, Object> params) {
        Dataset<Row> left = knows(g, "a", "b").join(knows(g, "b", "d"), "b");
        Dataset<Row> right = knows(g, "a", "c").join(knows(g, "c", "d"), "c");
        return left.join(right, new String[] {"a", "d"}).where(col("b").lt(col("c")))
                .agg(count(lit(1)).as("cycles"));
    }

    private static Dataset<Row> reach(BenchGraph g, Map<String, Object> params) {
        Dataset<Row> start = ShortReads.person(g, params.get("personId"), "node");
        return new Traversal(g, true).within(start, 3).agg(count(lit(1)).as("reachable"));
    }

    private static Dataset<Row> countryReport(BenchGraph g, Map<String, Object> params) {
        Dataset<Row> country = g.nodes("Country").where(col("name").equalTo(lit(params.get("countryName"))))
                .select(col(VID).as("country"));
        Dataset<Row> partOf = g.relationships("IS_PART_OF").select(col(SRC).as("city"), col(DST).as("country"));
        Dataset<Row> cities = g.nodes("City").select(col(VID).as("city"), col("name").as("cityName"));
        Dataset<Row> located = g.relationships("IS_LOCATED_IN").select(col(SRC).as("p"), col(DST).as("city"));
        Dataset<Row> people = g.nodes("Person").select(col(VID).as("p"), col("id").as("personId"));
        Dataset<Row> residents = broadcast(country.join(partOf, "country").join(cities, "city"))
                .join(located, "city").join(people, "p");
        Dataset<Row> jobs = g.relationships("WORK_AT").select(col(SRC).as("p"), col(DST).as("co"), col("workFrom"))
                .join(broadcast(g.nodes("Company").select(col(VID).as("co"), col("name").as("company"))), "co");
        return residents.join(jobs, new String[] {"p"}, "left_outer")
                .select(col("personId"), col("cityName").as("city"), col("company"), col("workFrom"));
    }

    private static Dataset<Row> tagLikes(BenchGraph g, Map<String, Object> params) {
        Dataset<Row> likes = g.relationships("LIKES").select(col(SRC).as("p"), col(DST).as("m"));
        Dataset<Row> posts = g.nodes("Post").select(col(VID).as("m"));
        Dataset<Row> tagged = g.relationships("HAS_TAG").select(col(SRC).as("m"), col(DST).as("t"));
        Dataset<Row> tags = g.nodes("Tag").select(col(VID).as("t"), col("name").as("tag"));
        return likes.join(posts, "m").join(tagged, "m").groupBy("t")
                .agg(count(lit(1)).as("likes"), countDistinct(col("p")).as("persons"))
                .join(broadcast(tags), "t").select("tag", "likes", "persons");
    }

    private static Dataset<Row> commentsPerPerson(BenchGraph g, Map<String, Object> params) {
        Dataset<Row> creators = g.relationships("HAS_CREATOR").select(col(SRC).as("m"), col(DST).as("p"));
        Dataset<Row> comments = g.nodes("Comment").select(col(VID).as("m"), col("length"), col("creationDate"));
        Dataset<Row> people = g.nodes("Person").select(col(VID).as("p"), col("id").as("personId"));
        return creators.join(comments, "m").groupBy("p")
                .agg(count(lit(1)).as("comments"), sum("length").as("totalLength"),
                        max("creationDate").as("lastComment"))
                .join(people, "p").select("personId", "comments", "totalLength", "lastComment");
    }
}
