package org.quiver.bench.query;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.desc;
import static org.apache.spark.sql.functions.lit;
import static org.quiver.bench.graph.BenchGraph.DST;
import static org.quiver.bench.graph.BenchGraph.SRC;
import static org.quiver.bench.graph.BenchGraph.VID;

import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.quiver.bench.graph.BenchGraph;

/** Queries modelled on LDBC SNB Interactive short reads IS1–IS7: one start element found by id, a few hops. */
final class ShortReads {
    private ShortReads() {
    }

    static List<BenchQuery> all() {
        return List.of(
                new BenchQuery("IS1", "profile of a person",
                        """
                        MATCH (p:Person {id: $personId})-[:IS_LOCATED_IN]->(c:City)
                        RETURN p.firstName AS firstName, p.lastName AS lastName, p.birthday AS birthday,
                               p.locationIP AS locationIP, p.browserUsed AS browserUsed, c.id AS cityId,
                               p.gender AS gender, p.creationDate AS creationDate""",
                        ShortReads::profile),
                new BenchQuery("IS2", "a person's last 10 comments, with the post and its author",
                        """
                        MATCH (p:Person {id: $personId})<-[:HAS_CREATOR]-(c:Comment)-[:REPLY_OF]->(post:Post)
                              -[:HAS_CREATOR]->(op:Person)
                        RETURN c.id AS commentId, c.creationDate AS created, post.id AS postId, op.id AS authorId,
                               op.firstName AS authorFirstName
                        ORDER BY created DESC, commentId DESC LIMIT 10""",
                        ShortReads::recentComments),
                new BenchQuery("IS3", "friends of a person",
                        """
                        MATCH (p:Person {id: $personId})-[k:KNOWS]-(f:Person)
                        RETURN f.id AS friendId, f.firstName AS firstName, f.lastName AS lastName,
                               k.creationDate AS since
                        ORDER BY since DESC, friendId""",
                        ShortReads::friends),
                new BenchQuery("IS4", "content of a post",
                        "MATCH (m:Post {id: $postId}) RETURN m.creationDate AS created, m.content AS content",
                        (g, p) -> g.nodes("Post").where(col("id").equalTo(lit(p.get("postId"))))
                                .select(col("creationDate").as("created"), col("content"))),
                new BenchQuery("IS5_BAD_ORDER", "IS5 backwards: the pattern starts at the large label, the id filter comes last",
                        """
                        MATCH (p:Person)<-[:HAS_CREATOR]-(m:Comment)
                        WHERE m.id = $commentId
                        RETURN p.id AS personId, p.firstName AS firstName, p.lastName AS lastName""",
                        ShortReads::creator),
                new BenchQuery("IS5", "creator of a comment",
                        """
                        MATCH (m:Comment {id: $commentId})-[:HAS_CREATOR]->(p:Person)
                        RETURN p.id AS personId, p.firstName AS firstName, p.lastName AS lastName""",
                        ShortReads::creator),
                new BenchQuery("IS6", "forum and moderator of the post a comment replies to",
                        """
                        MATCH (c:Comment {id: $commentId})-[:REPLY_OF]->(post:Post)<-[:CONTAINER_OF]-(f:Forum)
                              -[:HAS_MODERATOR]->(mod:Person)
                        RETURN f.id AS forumId, f.title AS title, mod.id AS moderatorId, mod.firstName AS firstName,
                               mod.lastName AS lastName""",
                        ShortReads::forumOfComment),
                new BenchQuery("IS7", "replies to a post, and whether each replier knows the author",
                        """
                        MATCH (m:Post {id: $postId})<-[:REPLY_OF]-(c:Comment)-[:HAS_CREATOR]->(p:Person)
                        MATCH (m)-[:HAS_CREATOR]->(a:Person)
                        OPTIONAL MATCH (a)-[k:KNOWS]-(p)
                        RETURN c.id AS commentId, c.content AS content, c.creationDate AS created,
                               p.id AS replierId, p.firstName AS firstName, k IS NOT NULL AS knowsAuthor
                        ORDER BY created DESC, replierId""",
                        ShortReads::replies));
    }

    /** The one person with the parameter's id, as the single column {@code column}. */
    static Dataset<Row> person(BenchGraph g, Object id, String column) {
        return g.nodes("Person").where(col("id").equalTo(lit(id))).select(col(VID).as(column));
    }

    private static Dataset<Row> profile(BenchGraph g, Map<String, Object> params) {
        Dataset<Row> person = g.nodes("Person").where(col("id").equalTo(lit(params.get("personId"))));
        Dataset<Row> locatedIn = g.relationships("IS_LOCATED_IN").select(col(SRC).as(VID), col(DST).as("city"));
        Dataset<Row> cities = g.nodes("City").select(col(VID).as("city"), col("id").as("cityId"));
        return person.join(locatedIn, VID).join(broadcast(cities), "city")
                .select("firstName", "lastName", "birthday", "locationIP", "browserUsed", "cityId", "gender",
                        "creationDate");
    }

    private static Dataset<Row> recentComments(BenchGraph g, Map<String, Object> params) {
        Dataset<Row> creators = g.relationships("HAS_CREATOR").select(col(SRC).as("message"), col(DST).as("creator"));
        Dataset<Row> written = broadcast(person(g, params.get("personId"), "creator")).join(creators, "creator");
        Dataset<Row> comments = g.nodes("Comment")
                .select(col(VID).as("message"), col("id").as("commentId"), col("creationDate").as("created"));
        Dataset<Row> replies = g.relationships("REPLY_OF").select(col(SRC).as("message"), col(DST).as("post"));
        Dataset<Row> posts = g.nodes("Post").select(col(VID).as("post"), col("id").as("postId"));
        Dataset<Row> authors = creators.select(col("message").as("post"), col("creator").as("author"));
        Dataset<Row> people = g.nodes("Person")
                .select(col(VID).as("author"), col("id").as("authorId"), col("firstName").as("authorFirstName"));
        return written.join(comments, "message").join(replies, "message").join(posts, "post")
                .join(authors, "post").join(people, "author")
                .select("commentId", "created", "postId", "authorId", "authorFirstName")
                .orderBy(desc("created"), desc("commentId")).limit(10);
    }

    private static Dataset<Row> friends(BenchGraph g, Map<String, Object> params) {
        Dataset<Row> start = broadcast(person(g, params.get("personId"), "p"));
        Dataset<Row> knows = g.relationships("KNOWS");
        Dataset<Row> out = start.join(knows, start.col("p").equalTo(knows.col(SRC)))
                .select(col(DST).as("f"), col("creationDate").as("since"));
        Dataset<Row> in = start.join(knows, start.col("p").equalTo(knows.col(DST)))
                .select(col(SRC).as("f"), col("creationDate").as("since"));
        Dataset<Row> people = g.nodes("Person")
                .select(col(VID).as("f"), col("id").as("friendId"), col("firstName"), col("lastName"));
        return out.union(in).join(people, "f").select("friendId", "firstName", "lastName", "since")
                .orderBy(desc("since"), col("friendId"));
    }

    private static Dataset<Row> creator(BenchGraph g, Map<String, Object> params) {
        Dataset<Row> comment = g.nodes("Comment").where(col("id").equalTo(lit(params.get("commentId"))))
                .select(col(VID).as("message"));
        Dataset<Row> creators = g.relationships("HAS_CREATOR").select(col(SRC).as("message"), col(DST).as(VID));
        return broadcast(comment).join(creators, "message").join(g.nodes("Person"), VID)
                .select(col("id").as("personId"), col("firstName"), col("lastName"));
    }

    private static Dataset<Row> forumOfComment(BenchGraph g, Map<String, Object> params) {
        Dataset<Row> comment = g.nodes("Comment").where(col("id").equalTo(lit(params.get("commentId"))))
                .select(col(VID).as("message"));
        Dataset<Row> replies = g.relationships("REPLY_OF").select(col(SRC).as("message"), col(DST).as("post"));
        Dataset<Row> posts = g.nodes("Post").select(col(VID).as("post"));
        Dataset<Row> containers = g.relationships("CONTAINER_OF").select(col(SRC).as("forum"), col(DST).as("post"));
        Dataset<Row> forums = g.nodes("Forum").select(col(VID).as("forum"), col("id").as("forumId"), col("title"));
        Dataset<Row> moderators = g.relationships("HAS_MODERATOR").select(col(SRC).as("forum"), col(DST).as("mod"));
        Dataset<Row> people = g.nodes("Person").select(col(VID).as("mod"), col("id").as("moderatorId"),
                col("firstName"), col("lastName"));
        return broadcast(comment).join(replies, "message").join(posts, "post").join(containers, "post")
                .join(forums, "forum").join(moderators, "forum").join(people, "mod")
                .select("forumId", "title", "moderatorId", "firstName", "lastName");
    }

    private static Dataset<Row> replies(BenchGraph g, Map<String, Object> params) {
        Dataset<Row> post = g.nodes("Post").where(col("id").equalTo(lit(params.get("postId"))))
                .select(col(VID).as("post"));
        Dataset<Row> replyOf = g.relationships("REPLY_OF").select(col(SRC).as("comment"), col(DST).as("post"));
        Dataset<Row> creators = g.relationships("HAS_CREATOR").select(col(SRC).as("message"), col(DST).as("person"));
        Dataset<Row> comments = g.nodes("Comment").select(col(VID).as("comment"), col("id").as("commentId"),
                col("content"), col("creationDate").as("created"));
        Dataset<Row> people = g.nodes("Person")
                .select(col(VID).as("replier"), col("id").as("replierId"), col("firstName"));
        Dataset<Row> author = broadcast(post).join(creators.select(col("message").as("post"), col("person").as("author")), "post")
                .join(g.nodes("Person").select(col(VID).as("author")), "author");
        Dataset<Row> replies = broadcast(post).join(replyOf, "post").join(comments, "comment")
                .join(creators.select(col("message").as("comment"), col("person").as("replier")), "comment")
                .join(people, "replier")
                .join(author, "post");
        Dataset<Row> knows = g.relationships("KNOWS");
        Dataset<Row> pairs = knows.select(col(SRC).as("x"), col(DST).as("y"))
                .union(knows.select(col(DST).as("x"), col(SRC).as("y")));
        return replies.join(pairs, replies.col("author").equalTo(pairs.col("x"))
                        .and(replies.col("replier").equalTo(pairs.col("y"))), "left_outer")
                .select(col("commentId"), col("content"), col("created"), col("replierId"), col("firstName"),
                        col("x").isNotNull().as("knowsAuthor"))
                .orderBy(desc("created"), col("replierId"));
    }
}
