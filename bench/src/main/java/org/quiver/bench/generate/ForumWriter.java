package org.quiver.bench.generate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Forums and their messages, one forum at a time: members (HAS_MEMBER, persons near the
 * moderator), posts (CONTAINER_OF, HAS_CREATOR, HAS_TAG, LIKES) and comment threads under them
 * (REPLY_OF to the post or to an earlier comment). Posts and comments share one id space,
 * {@code Message}, as in LDBC, so HAS_CREATOR and HAS_TAG are one file each.
 */
final class ForumWriter implements AutoCloseable {
    private final NetworkSize size;
    private final Sampler sampler;
    private final Timeline timeline;
    private final CsvTableWriter forums;
    private final CsvTableWriter posts;
    private final CsvTableWriter comments;
    private final CsvTableWriter moderator;
    private final CsvTableWriter member;
    private final CsvTableWriter container;
    private final CsvTableWriter creator;
    private final CsvTableWriter replyOf;
    private final CsvTableWriter hasTag;
    private final CsvTableWriter likes;
    private long nextMessage;
    private long samplePost = -1;
    private long sampleComment = -1;
    /** Whether the forum being written is past the first third, where the short reads' sample post is taken. */
    private boolean sampling;

    ForumWriter(Path dir, NetworkSize size, Sampler sampler, Timeline timeline) {
        this.size = size;
        this.sampler = sampler;
        this.timeline = timeline;
        forums = new CsvTableWriter(dir.resolve("nodes/Forum.csv"), ":ID(Forum)", "id:long", "title", "creationDate:long");
        posts = new CsvTableWriter(dir.resolve("nodes/Post.csv"), ":ID(Message)", "id:long", "content", "length:int",
                "creationDate:long", "language", "browserUsed", "locationIP");
        comments = new CsvTableWriter(dir.resolve("nodes/Comment.csv"), ":ID(Message)", "id:long", "content",
                "length:int", "creationDate:long", "browserUsed", "locationIP");
        moderator = rel(dir, "HAS_MODERATOR", "Forum", "Person");
        member = rel(dir, "HAS_MEMBER", "Forum", "Person", "joinDate:long");
        container = rel(dir, "CONTAINER_OF", "Forum", "Message");
        creator = rel(dir, "HAS_CREATOR", "Message", "Person");
        replyOf = rel(dir, "REPLY_OF", "Message", "Message");
        hasTag = rel(dir, "HAS_TAG", "Message", "Tag");
        likes = rel(dir, "LIKES", "Person", "Message", "creationDate:long");
    }

    private static CsvTableWriter rel(Path dir, String type, String from, String to, String... properties) {
        String[] header = new String[2 + properties.length];
        header[0] = ":START_ID(" + from + ")";
        header[1] = ":END_ID(" + to + ")";
        System.arraycopy(properties, 0, header, 2, properties.length);
        return new CsvTableWriter(dir.resolve("relationships/" + type + ".csv"), header);
    }

    void writeAll() {
        for (int f = 0; f < size.forums(); f++) {
            writeForum(f);
        }
    }

    private void writeForum(int forum) {
        sampling = forum >= size.forums() / 3;
        int mod = Math.min(size.persons() - 1, forum * 4 + sampler.uniform(4));
        long created = Timeline.later(sampler, timeline.personCreated(mod), 30 * Timeline.DAY);
        forums.number(forum).number(forum).text("Group for " + Vocabulary.text(sampler, 2)).number(created).end();
        moderator.number(forum).number(mod).end();
        TreeSet<Integer> others = new TreeSet<>();
        int wanted = Math.min(size.persons() - 1, sampler.powerLaw(3, 2.2, 300));
        for (int attempt = 0; others.size() < wanted && attempt < 20 * wanted; attempt++) {
            others.add(sampler.near(mod, size.window(), size.persons()));
        }
        List<Integer> members = new ArrayList<>();
        members.add(mod);
        members.addAll(others);
        for (int person : members) {
            long joined = Timeline.later(sampler, Math.max(created, timeline.personCreated(person)), 60 * Timeline.DAY);
            member.number(forum).number(person).number(joined).end();
        }
        int postCount = sampler.geometric(20);
        for (int i = 0; i < postCount; i++) {
            writePost(forum, created, members);
        }
    }

    private void writePost(int forum, long forumCreated, List<Integer> members) {
        long post = nextMessage++;
        long created = Timeline.later(sampler, forumCreated, 400 * Timeline.DAY);
        String content = Vocabulary.text(sampler, 3 + sampler.uniform(18));
        posts.number(post).number(post).text(content).number(content.length()).number(created)
                .text(Vocabulary.LANGUAGES.get(sampler.skewed(Vocabulary.LANGUAGES.size())))
                .text(Vocabulary.BROWSERS.get(sampler.skewed(Vocabulary.BROWSERS.size())))
                .text("10." + sampler.uniform(256) + "." + sampler.uniform(256) + ".1").end();
        container.number(forum).number(post).end();
        creator.number(post).number(members.get(sampler.uniform(members.size()))).end();
        TreeSet<Integer> tags = new TreeSet<>();
        int tagCount = 1 + sampler.uniform(3);
        for (int t = 0; t < tagCount; t++) {
            tags.add(sampler.skewed(size.tags()));
        }
        for (int tag : tags) {
            hasTag.number(post).number(tag).end();
        }
        TreeSet<Integer> likers = new TreeSet<>();
        int likeCount = Math.min(members.size(), sampler.geometric(2));
        for (int attempt = 0; likers.size() < likeCount && attempt < 20 * likeCount; attempt++) {
            likers.add(members.get(sampler.uniform(members.size())));
        }
        for (int person : likers) {
            likes.number(person).number(post).number(Timeline.later(sampler, created, 10 * Timeline.DAY)).end();
        }
        writeThread(post, created, members);
    }

    private void writeThread(long post, long postCreated, List<Integer> members) {
        int count = sampler.geometric(2);
        List<Long> thread = new ArrayList<>();
        long time = postCreated;
        for (int i = 0; i < count; i++) {
            long comment = nextMessage++;
            time = Timeline.later(sampler, time, 2 * Timeline.DAY);
            String content = Vocabulary.text(sampler, 1 + sampler.uniform(10));
            comments.number(comment).number(comment).text(content).number(content.length()).number(time)
                    .text(Vocabulary.BROWSERS.get(sampler.skewed(Vocabulary.BROWSERS.size())))
                    .text("10." + sampler.uniform(256) + "." + sampler.uniform(256) + ".2").end();
            creator.number(comment).number(members.get(sampler.uniform(members.size()))).end();
            boolean toPost = thread.isEmpty() || sampler.chance(0.75);
            replyOf.number(comment).number(toPost ? post : thread.get(sampler.uniform(thread.size()))).end();
            if (sampler.chance(0.5)) {
                hasTag.number(comment).number(sampler.skewed(size.tags())).end();
            }
            thread.add(comment);
        }
        if (samplePost < 0 && count >= 3 && sampling) {
            samplePost = post;
            sampleComment = thread.get(0);
        }
    }

    long relationships() {
        return moderator.rows() + member.rows() + container.rows() + creator.rows() + replyOf.rows() + hasTag.rows()
                + likes.rows();
    }

    long nodes() {
        return forums.rows() + posts.rows() + comments.rows();
    }

    /** The first post with at least three comments in the last two thirds of the forums, or -1. */
    long samplePost() {
        return samplePost;
    }

    /** The first comment on {@link #samplePost()}: it replies to the post itself. */
    long sampleComment() {
        return sampleComment;
    }

    @Override
    public void close() {
        for (CsvTableWriter writer : List.of(forums, posts, comments, moderator, member, container, creator, replyOf,
                hasTag, likes)) {
            writer.close();
        }
    }
}
