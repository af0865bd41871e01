package dev.inkwell.support;

import java.time.OffsetDateTime;
import java.util.concurrent.atomic.AtomicInteger;

import dev.inkwell.relay.GlobalId;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Arranges a test's own rows with plain SQL, and names them uniquely so tests never
 * collide.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestData {

	private static final AtomicInteger sequence = new AtomicInteger();

	private final JdbcTemplate jdbc;

	public TestData(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A new author with a unique username starting with {@code prefix}; returns its row
	 * id.
	 */
	public long author(String prefix) {
		String username = (prefix + "_" + ProcessHandle.current().pid() + "_" + sequence.incrementAndGet());
		return jdbc.queryForObject("insert into author (username, email, display_name) values (?, ?, ?) returning id",
				Long.class, username, username + "@example.com", "Test " + prefix);
	}

	public String username(long authorId) {
		return jdbc.queryForObject("select username from author where id = ?", String.class, authorId);
	}

	/** A post written at {@code createdAt}; returns its row id. */
	public long post(long authorId, String title, OffsetDateTime createdAt) {
		return jdbc.queryForObject("""
				insert into post (author_id, title, body, created_at, updated_at)
				values (?, ?, ?, ?, ?) returning id
				""", Long.class, authorId, title, "Body of " + title, createdAt, createdAt);
	}

	/**
	 * A comment on {@code postId}, replying to {@code parentId} when not null; returns
	 * its row id.
	 */
	public long comment(long postId, long authorId, Long parentId, OffsetDateTime createdAt) {
		return jdbc.queryForObject("""
				insert into comment (post_id, author_id, parent_id, body, created_at, updated_at)
				values (?, ?, ?, ?, ?, ?) returning id
				""", Long.class, postId, authorId, parentId, "Comment at " + createdAt, createdAt, createdAt);
	}

	/** A tag named {@code name}; returns its row id. */
	public long tag(String name) {
		return jdbc.queryForObject("insert into tag (name) values (?) returning id", Long.class, name);
	}

	/** Tags a post, with the post's ordering key as post_tag carries it. */
	public void tagPost(long postId, long tagId) {
		jdbc.update("""
				insert into post_tag (post_id, tag_id, post_created_at)
				select id, ?, created_at from post where id = ?
				""", tagId, postId);
	}

	/** A name no other test uses, starting with {@code prefix}. */
	public static String unique(String prefix) {
		return prefix + "_" + ProcessHandle.current().pid() + "_" + sequence.incrementAndGet();
	}

	public static String commentId(long id) {
		return GlobalId.encode("Comment", id);
	}

	public static String authorId(long id) {
		return GlobalId.encode("Author", id);
	}

	public static String postId(long id) {
		return GlobalId.encode("Post", id);
	}

	public JdbcTemplate jdbc() {
		return jdbc;
	}

}
