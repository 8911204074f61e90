package org.quiver.bench.query;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
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

/**
 * Queries modelled on LDBC SNB Interactive complex reads: IC1 (friends within three hops by first
 * name), IC2 (recent posts of friends), IC5 (forums friends joined), IC9 (comments of friends of
 * friends) and IC13 (shortest path), cut down to what one query and its baseline show clearly.
 */
final class ComplexReads {
    private ComplexReads() {
    }

    static List<BenchQuery> all() {
        return List.of(
                new BenchQuery("IC1", "persons with a first name within 3 KNOWS hops (variable length)",
                        """
                        MATCH (p:Person {id: $personId})-[:KNOWS*1..3]-(f:Person)
                        WHERE f.firstName = $firstName AND f <> p
                        RETURN DISTINCT f.id AS friendId, f.lastName AS lastName, f.birthday AS birthday
                        ORDER BY lastName, friendId LIMIT 20""",
                        ComplexReads::friendsByName),
                new BenchQuery("IC2", "the 20 latest posts of a person's friends before a date",
                        """
                        MATCH (p:Person {id: $personId})-[:KNOWS]-(f:Person)<-[:HAS_CREATOR]-(m:Post)
                        WHERE m.creationDate <= $maxDate
                        RETURN f.id AS friendId, f.firstName AS firstName, f.lastName AS lastName, m.id AS postId,
                               m.content AS content, m.creationDate AS created
                        ORDER BY created DESC, postId LIMIT 20""",
                        ComplexReads::recentFriendPosts),
                new BenchQuery("IC5", "forums friends joined after a date, by the friends' posts in them",
                        """
                        MATCH (p:Person {id: $personId})-[:KNOWS]-(f:Person)<-[mem:HAS_MEMBER]-(forum:Forum)
                        WHERE mem.joinDate > $minDate
                        WITH DISTINCT f, forum
                        OPTIONAL MATCH (forum)-[:CONTAINER_OF]->(post:Post)-[:HAS_CREATOR]->(f)
                        RETURN forum.id AS forumId, forum.title AS title, count(post) AS posts
                        ORDER BY posts DESC, forumId LIMIT 20""",
                        ComplexReads::newGroups),
                new BenchQuery("IC9", "the 20 latest comments of friends of friends before a date",
                        """
                        MATCH (p:Person {id: $personId})-[:KNOWS]-(f:Person)-[:KNOWS]-(ff:Person)
                        WHERE ff <> p
                        WITH DISTINCT ff
                        MATCH (ff)<-[:HAS_CREATOR]-(m:Comment)
                        WHERE m.creationDate < $maxDate
                        RETURN ff.id AS authorId, ff.firstName AS firstName, m.id AS commentId,
                               m.creationDate AS created
                        ORDER BY created DESC, commentId LIMIT 20""",
                        ComplexReads::friendsOfFriendsComments),
                new BenchQuery("IC13", "length of a shortest KNOWS path between two persons",
                        """
                        MATCH (a:Person {id: $personId}), (b:Person {id: $otherPersonId})
                        MATCH path = shortestPath((a)-[:KNOWS*]-(b))
                        RETURN length(path) AS distance""",
                        ComplexReads::shortestPath));
    }

    private static Dataset<Row> friendsByName(BenchGraph g, Map<String, Object> params) {
        Dataset<Row> start = ShortReads.person(g, params.get("personId"), "node");
        Dataset<Row> reached = new Traversal(g, false).within(start, 3);
        Dataset<Row> named = g.nodes("Person").where(col("firstName").equalTo(lit(params.get("firstName"))))
                .select(col(VID).as("node"), col("id").as("friendId"), col("lastName"), col("birthday"));
        return reached.join(named, "node").select("friendId", "lastName", "birthday")
                .orderBy("lastName", "friendId").limit(20);
    }

    /** The friends of the parameter's person (column {@code f}), KNOWS read in both directions. */
    static Dataset<Row> friendsOf(BenchGraph g, Object personId) {
        Dataset<Row> start = broadcast(ShortReads.person(g, personId, "p"));
        Dataset<Row> knows = g.relationships("KNOWS");
        Dataset<Row> out = start.join(knows, start.col("p").equalTo(knows.col(SRC))).select(col(DST).as("f"));
        Dataset<Row> in = start.join(knows, start.col("p").equalTo(knows.col(DST))).select(col(SRC).as("f"));
        return out.union(in);
    }

    private static Dataset<Row> recentFriendPosts(BenchGraph g, Map<String, Object> params) {
        Dataset<Row> friends = friendsOf(g, params.get("personId"));
        Dataset<Row> creators = g.relationships("HAS_CREATOR").select(col(SRC).as("post"), col(DST).as("f"));
        Dataset<Row> posts = g.nodes("Post").where(col("creationDate").leq(lit(params.get("maxDate"))))
                .select(col(VID).as("post"), col("id").as("postId"), col("content"), col("creationDate").as("created"));
        Dataset<Row> people = g.nodes("Person")
                .select(col(VID).as("f"), col("id").as("friendId"), col("firstName"), col("lastName"));
        return broadcast(friends).join(creators, "f").join(posts, "post").join(people, "f")
                .select("friendId", "firstName", "lastName", "postId", "content", "created")
                .orderBy(desc("created"), col("postId")).limit(20);
    }

    private static Dataset<Row> newGroups(BenchGraph g, Map<String, Object> params) {
        Dataset<Row> friends = friendsOf(g, params.get("personId"));
        Dataset<Row> joined = g.relationships("HAS_MEMBER").where(col("joinDate").gt(lit(params.get("minDate"))))
                .select(col(SRC).as("forum"), col(DST).as("f"));
        Dataset<Row> forums = g.nodes("Forum").select(col(VID).as("forum"), col("id").as("forumId"), col("title"));
        Dataset<Row> memberships = broadcast(friends).join(joined, "f").join(forums, "forum").distinct();
        Dataset<Row> contains = g.relationships("CONTAINER_OF").select(col(SRC).as("forum"), col(DST).as("post"));
        Dataset<Row> posts = g.nodes("Post").select(col(VID).as("post"));
        Dataset<Row> creators = g.relationships("HAS_CREATOR").select(col(SRC).as("post"), col(DST).as("f"));
        Dataset<Row> friendPosts = contains.join(posts, "post").join(creators, "post");
        return memberships.join(friendPosts, new String[] {"forum", "f"}, "left_outer")
                .groupBy("forumId", "title").agg(count(col("post")).as("posts"))
                .orderBy(desc("posts"), col("forumId")).limit(20);
    }

    private static Dataset<Row> friendsOfFriendsComments(BenchGraph g, Map<String, Object> params) {
        Object personId = params.get("personId");
        Dataset<Row> friends = friendsOf(g, personId).withColumnRenamed("f", "node");
        Traversal knows = new Traversal(g, false);
        Dataset<Row> self = ShortReads.person(g, personId, "node");
        Dataset<Row> friendsOfFriends = knows.neighbours(friends).join(broadcast(self), "node", "left_anti");
        Dataset<Row> creators = g.relationships("HAS_CREATOR").select(col(SRC).as("comment"), col(DST).as("node"));
        Dataset<Row> comments = g.nodes("Comment").where(col("creationDate").lt(lit(params.get("maxDate"))))
                .select(col(VID).as("comment"), col("id").as("commentId"), col("creationDate").as("created"));
        Dataset<Row> people = g.nodes("Person")
                .select(col(VID).as("node"), col("id").as("authorId"), col("firstName"));
        return friendsOfFriends.join(creators, "node").join(comments, "comment").join(people, "node")
                .select("authorId", "firstName", "commentId", "created")
                .orderBy(desc("created"), col("commentId")).limit(20);
    }

    private static Dataset<Row> shortestPath(BenchGraph g, Map<String, Object> params) {
        List<Row> ends = g.nodes("Person")
                .where(col("id").isin(params.get("personId"), params.get("otherPersonId")))
                .select(VID, "id").collectAsList();
        long from = -1;
        long to = -1;
        for (Row row : ends) {
            if (row.get(1).equals(params.get("personId"))) {
                from = row.getLong(0);
            } else {
                to = row.getLong(0);
            }
        }
        long distance = from < 0 || to < 0 ? -1 : new Traversal(g, false).distance(from, to);
        return g.spark().range(distance < 0 ? 0 : 1).select(lit(distance).as("distance"));
    }
}
