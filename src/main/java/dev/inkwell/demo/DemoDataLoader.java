package dev.inkwell.demo;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

import dev.inkwell.database.EmbeddedPostgresServer;
import dev.inkwell.post.MarkdownRenderer;
import net.datafaker.Faker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills an empty database with the demo blog: 20 authors, 200 posts and 3,000 comments, the same every time (a
 * seeded random). Runs on the embedded default, or when {@code inkwell.demo-data.enabled} is true
 * (profile {@code demo}); never touches a database that already has authors.
 */
@Component
class DemoDataLoader implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

	static final long SEED = 20261125L;

	static final int AUTHORS = 20;

	static final int POSTS = 200;

	/** Comments, replies included: about 3,000, some threads more than 10 deep. */
	static final int COMMENTS = 3000;

	/** Posts whose discussion turns into one long back-and-forth chain of replies. */
	static final int DEEP_THREADS = 8;

	/** Demo timestamps count back from a fixed instant, so the data set is the same on every run. */
	private static final Instant NEWEST = Instant.parse("2026-11-01T09:00:00Z");

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	private final MarkdownRenderer markdown;

	private final boolean enabled;

	DemoDataLoader(JdbcTemplate jdbc, TransactionTemplate transaction, MarkdownRenderer markdown,
			ObjectProvider<EmbeddedPostgresServer> embedded, @Value("${inkwell.demo-data.enabled:}") String enabled) {
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.markdown = markdown;
		this.enabled = enabled.isBlank() ? embedded.getIfAvailable() != null : Boolean.parseBoolean(enabled);
	}

	@Override
	public void run(ApplicationArguments args) {
		if (enabled) {
			transaction.executeWithoutResult(status -> loadIntoEmptyDatabase());
		}
	}

	private void loadIntoEmptyDatabase() {
		// Two servers starting at once on one empty database must not both load it.
		jdbc.execute("select pg_advisory_xact_lock(hashtext('inkwell-demo-data'))");
		if (Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from author)", Boolean.class))) {
			log.info("Demo data not loaded: the database already has authors");
			return;
		}
		Faker faker = new Faker(Locale.ENGLISH, new Random(SEED));
		List<Long> authorIds = insertAuthors(faker);
		List<WrittenRow> posts = insertPosts(faker, authorIds);
		insertComments(faker, authorIds, posts);
		log.info("Loaded the demo data: {} authors, {} posts, {} comments", AUTHORS, POSTS, COMMENTS);
	}

	private List<Long> insertAuthors(Faker faker) {
		Set<String> usernames = new HashSet<>();
		List<Long> ids = new ArrayList<>();
		for (int i = 0; i < AUTHORS; i++) {
			String first = faker.name().firstName();
			String last = faker.name().lastName();
			String username = uniqueUsername(usernames, (first + "_" + last).toLowerCase(Locale.ROOT));
			OffsetDateTime joined = daysBeforeNewest(faker, 700, 900);
			ids.add(jdbc.queryForObject("""
					insert into author (username, email, display_name, bio, created_at, updated_at)
					values (?, ?, ?, ?, ?, ?) returning id
					""", Long.class, username, username + "@example.com", first + " " + last, faker.lorem().sentence(12),
					joined, joined));
		}
		return ids;
	}

	private List<WrittenRow> insertPosts(Faker faker, List<Long> authorIds) {
		List<WrittenRow> posts = new ArrayList<>();
		for (int i = 0; i < POSTS; i++) {
			long authorId = skewedPick(faker, authorIds);
			OffsetDateTime written = daysBeforeNewest(faker, 0, 680);
			String body = body(faker);
			posts.add(new WrittenRow(insert("""
					insert into post (author_id, title, body, body_html, created_at, updated_at)
					values (?, ?, ?, ?, ?, ?) returning id
					""", authorId, title(faker), body, markdown.render(body), written, written), written));
		}
		return posts;
	}

	/**
	 * Top-level comments and replies spread over the posts, each written after what it answers;
	 * a few posts get one long chain of replies (depth 10 to 17).
	 */
	private void insertComments(Faker faker, List<Long> authorIds, List<WrittenRow> posts) {
		int written = 0;
		for (int d = 0; d < DEEP_THREADS; d++) {
			WrittenRow post = posts.get(faker.random().nextInt(posts.size()));
			WrittenRow parent = null;
			for (int depth = 0, chain = 11 + faker.random().nextInt(7); depth < chain; depth++, written++) {
				parent = insertComment(faker, authorIds, post, parent);
			}
		}
		List<List<WrittenRow>> commentsByPost = new ArrayList<>();
		posts.forEach(post -> commentsByPost.add(new ArrayList<>()));
		for (; written < COMMENTS; written++) {
			int index = faker.random().nextInt(posts.size());
			List<WrittenRow> earlier = commentsByPost.get(index);
			// Two in three comments answer an earlier comment of the same post.
			WrittenRow parent = earlier.isEmpty() || faker.random().nextInt(3) == 0 ? null
					: earlier.get(faker.random().nextInt(earlier.size()));
			earlier.add(insertComment(faker, authorIds, posts.get(index), parent));
		}
	}

	private WrittenRow insertComment(Faker faker, List<Long> authorIds, WrittenRow post, WrittenRow parent) {
		OffsetDateTime after = parent == null ? post.writtenAt() : parent.writtenAt();
		OffsetDateTime written = after.plusMinutes(1 + faker.random().nextInt(3 * 24 * 60));
		long id = insert("""
				insert into comment (post_id, author_id, parent_id, body, created_at, updated_at)
				values (?, ?, ?, ?, ?, ?) returning id
				""", post.id(), skewedPick(faker, authorIds), parent == null ? null : parent.id(), sentence(faker), written,
				written);
		return new WrittenRow(id, written);
	}

	/** Squaring skews the spread: a few prolific authors, a long tail of occasional ones. */
	private static long skewedPick(Faker faker, List<Long> ids) {
		double skew = faker.random().nextDouble();
		return ids.get((int) (skew * skew * ids.size()));
	}

	private long insert(String sql, Object... values) {
		return jdbc.queryForObject(sql, Long.class, values);
	}

	/** A row the demo has written: its id and when it was written. */
	private record WrittenRow(long id, OffsetDateTime writtenAt) {
	}

	private static String title(Faker faker) {
		return switch (faker.random().nextInt(4)) {
			case 0 -> "Why " + faker.hacker().noun() + " matters more than " + faker.hacker().noun();
			case 1 -> "How to " + faker.hacker().verb() + " the " + faker.hacker().adjective() + " " + faker.hacker().noun();
			case 2 -> "Notes on " + faker.book().title();
			default -> faker.programmingLanguage().name() + " and the " + faker.hacker().ingverb() + " of "
					+ faker.hacker().noun();
		};
	}

	/** Markdown, as authors write it: a heading, a few paragraphs, sometimes a list. */
	private static String body(Faker faker) {
		StringBuilder body = new StringBuilder();
		int paragraphs = 2 + faker.random().nextInt(4);
		for (int p = 0; p < paragraphs; p++) {
			if (p == 1) {
				body.append("## ").append(capitalize(faker.hacker().ingverb())).append(' ').append(faker.hacker().noun()).append("\n\n");
			}
			for (int s = 0; s < 3 + faker.random().nextInt(3); s++) {
				body.append(sentence(faker)).append(' ');
			}
			body.append("\n\n");
			if (p == 2 && faker.random().nextBoolean()) {
				for (int item = 0; item < 3; item++) {
					body.append("- ").append(capitalize(faker.hacker().verb())).append(" the ").append(faker.hacker().noun()).append('\n');
				}
				body.append('\n');
			}
		}
		return body.toString().strip();
	}

	private static String sentence(Faker faker) {
		var hacker = faker.hacker();
		return switch (faker.random().nextInt(5)) {
			case 0 -> "If we " + hacker.verb() + " the " + hacker.noun() + ", we can get to the " + hacker.abbreviation() + " "
					+ hacker.noun() + " through the " + hacker.adjective() + " " + hacker.noun() + ".";
			case 1 -> "We need to " + hacker.verb() + " the " + hacker.adjective() + " " + hacker.abbreviation() + " "
					+ hacker.noun() + "!";
			case 2 -> "Try to " + hacker.verb() + " the " + hacker.abbreviation() + " " + hacker.noun()
					+ ", maybe it will " + hacker.verb() + " the " + hacker.adjective() + " " + hacker.noun() + ".";
			case 3 -> "You can't " + hacker.verb() + " the " + hacker.noun() + " without " + hacker.ingverb() + " the "
					+ hacker.adjective() + " " + hacker.abbreviation() + " " + hacker.noun() + ".";
			default -> capitalize(faker.company().bs()) + " is what " + faker.company().profession()
					+ "s get wrong about the " + hacker.noun() + ".";
		};
	}

	private static OffsetDateTime daysBeforeNewest(Faker faker, int minDays, int maxDays) {
		long seconds = (minDays * 86_400L) + faker.random().nextLong((maxDays - minDays) * 86_400L);
		return NEWEST.minusSeconds(seconds).atOffset(ZoneOffset.UTC);
	}

	private static String uniqueUsername(Set<String> taken, String wanted) {
		String base = wanted.replaceAll("[^a-z0-9_]", "");
		base = base.substring(0, Math.min(base.length(), 28));
		String candidate = base;
		for (int n = 2; !taken.add(candidate); n++) {
			candidate = base + n;
		}
		return candidate;
	}

	private static String capitalize(String words) {
		return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
	}

}
