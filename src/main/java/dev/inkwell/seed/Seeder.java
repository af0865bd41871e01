package dev.inkwell.seed;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Generates the benchmark blog with set-based SQL: a plan of every row is built in
 * temporary tables (one INSERT ... SELECT per depth level of comments), then each real
 * table is filled by one INSERT in dependency order. Pseudo-random choices hash the row
 * number, so the same scale gives the same rows, ids and timestamps on every run and
 * every PostgreSQL version.
 */
class Seeder {

	/**
	 * Every timestamp counts back from here; the deep-thread post is written at exactly
	 * this instant.
	 */
	static final Instant NEWEST = Instant.parse("2026-11-01T09:00:00Z");

	/** Ordinary posts spread over two years before NEWEST. */
	private static final long POST_SPAN_SECONDS = 730L * 86_400;

	private static final int SENTENCES = 2_048;

	private static final int PARAGRAPHS = 1_024;

	private static final int COMMENT_TEXTS = 4_096;

	private final DataSource dataSource;

	private final Consumer<String> progress;

	Seeder(DataSource dataSource, Consumer<String> progress) {
		this.dataSource = dataSource;
		this.progress = progress;
	}

	/**
	 * Fills the database; refuses one that already holds authors, posts or comments
	 * unless {@code replace} (then they are deleted first, with the accounts and follows
	 * of those authors).
	 */
	void seed(SeedPlan plan, boolean replace) {
		fill(plan, replace ? WhenNotEmpty.REPLACE : WhenNotEmpty.REFUSE);
	}

	/**
	 * Fills an empty database; leaves one that already holds rows as it is and returns
	 * false.
	 */
	boolean seedIfEmpty(SeedPlan plan) {
		return fill(plan, WhenNotEmpty.SKIP);
	}

	private boolean fill(SeedPlan plan, WhenNotEmpty whenNotEmpty) {
		long started = System.nanoTime();
		List<TableStep> steps = steps(plan);
		try (Connection connection = dataSource.getConnection()) {
			boolean autoCommit = connection.getAutoCommit();
			connection.setAutoCommit(false);
			try {
				// Temporary objects live in the session: every statement must use this
				// one connection.
				JdbcClient jdbc = JdbcClient.create(new SingleConnectionDataSource(connection, true));
				if (!load(jdbc, steps, whenNotEmpty, started)) {
					connection.rollback();
					connection.setAutoCommit(autoCommit);
					return false;
				}
				connection.commit();
			}
			catch (RuntimeException ex) {
				connection.rollback();
				throw ex;
			}
			connection.setAutoCommit(true);
			// A database filled in one go has no statistics yet, and nothing in its
			// visibility map:
			// without this, the first benchmark minutes would measure autovacuum, not the
			// server.
			JdbcClient jdbc = JdbcClient.create(new SingleConnectionDataSource(connection, true));
			step(jdbc, started, "vacuum analyze", "vacuum (analyze) " + tables(steps));
			connection.setAutoCommit(autoCommit);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Seeding failed: " + ex.getMessage(), ex);
		}
		progress.accept("Seeded %,d authors, %,d posts, %,d comments in %.1f s".formatted(plan.authors(),
				plan.totalPosts(), plan.totalComments(), seconds(started)));
		return true;
	}

	/**
	 * The tables the generator fills, in the order of their foreign keys. A new table is
	 * one more step: a method that plans its rows into a seed_* table, and the INSERT
	 * that copies them in.
	 */
	private List<TableStep> steps(SeedPlan plan) {
		return List.of(new TableStep("author", jdbc -> planAuthors(jdbc, plan), SeedSql.INSERT_AUTHORS),
				new TableStep("post", jdbc -> planPosts(jdbc, plan), SeedSql.INSERT_POSTS),
				new TableStep("comment", jdbc -> planComments(jdbc, plan), SeedSql.INSERT_COMMENTS),
				// Tags come from the generated vocabulary, post_tag from each post's
				// words and created_at.
				new TableStep("tag", jdbc -> {
				}, SeedSql.INSERT_TAGS), new TableStep("post_tag", jdbc -> {
				}, SeedSql.INSERT_POST_TAGS));
	}

	/**
	 * Returns false (nothing written) when the database has rows and they are to be kept.
	 */
	private boolean load(JdbcClient jdbc, List<TableStep> steps, WhenNotEmpty whenNotEmpty, long started) {
		// Two seeders (or a seeding run and a starting demo server) on one database must
		// not interleave.
		execute(jdbc, "select pg_advisory_xact_lock(hashtext('inkwell-demo-data'))");
		boolean empty = jdbc
			.sql("select not exists (select 1 from author) and not exists (select 1 from post)"
					+ " and not exists (select 1 from comment)")
			.query(Boolean.class)
			.single();
		if (!empty && whenNotEmpty == WhenNotEmpty.SKIP) {
			return false;
		}
		if (!empty && whenNotEmpty == WhenNotEmpty.REFUSE) {
			throw new SeedRefusedException("The database already holds authors, posts or comments: seeding needs an "
					+ "empty one (or --inkwell.seed.replace=true to delete them, with their accounts and follows, first)");
		}
		if (!empty) {
			step(jdbc, started, "deleted existing rows", "truncate " + tables(steps) + " restart identity cascade");
		}
		SeedSql.createHelpers(jdbc, SENTENCES, PARAGRAPHS, COMMENT_TEXTS);
		progress.accept("Generated text: %,d sentences, %,d paragraphs, %,d comment texts (%.1f s)".formatted(SENTENCES,
				PARAGRAPHS, COMMENT_TEXTS, seconds(started)));
		steps.forEach(step -> step.plan().accept(jdbc));
		progress.accept("Planned every row (%.1f s)".formatted(seconds(started)));
		boolean bypassTriggers = jdbc.sql("select rolsuper from pg_roles where rolname = current_user")
			.query(Boolean.class)
			.single();
		if (bypassTriggers) {
			// Measured: with the counter triggers on, each comment costs ~250 µs (it
			// updates its
			// post, and every post update recomputes the generated search column): 2+
			// minutes at
			// scale 1. Replica mode skips triggers (and foreign-key checks) for this
			// transaction
			// only; the plan already holds depths and counters, and BROKEN_ROWS checks
			// the keys.
			execute(jdbc, "select set_config('session_replication_role', 'replica', true)");
		}
		else {
			progress.accept("Not a superuser: loading with triggers on, about 250 µs per comment");
		}
		for (TableStep step : steps) {
			jdbc.sql(step.insert()).param("withCounters", bypassTriggers).update();
			progress.accept("%s rows inserted%s (%.1f s)".formatted(step.table(),
					bypassTriggers ? " (triggers bypassed: depths and counters from the plan)" : "", seconds(started)));
		}
		if (bypassTriggers) {
			execute(jdbc, "select set_config('session_replication_role', 'origin', true)");
			long broken = jdbc.sql(SeedSql.BROKEN_ROWS).query(Long.class).single();
			if (broken != 0) {
				throw new IllegalStateException(
						"The generated data breaks " + broken + " key or depth rules: not committed");
			}
			progress.accept("checked keys and depths (%.1f s)".formatted(seconds(started)));
		}
		for (TableStep step : steps) {
			// Rows came with explicit ids: move each identity past them so the server's
			// inserts don't collide.
			jdbc.sql(SeedSql.MOVE_IDENTITY.formatted(step.table())).update();
		}
		return true;
	}

	private void planAuthors(JdbcClient jdbc, SeedPlan plan) {
		jdbc.sql(SeedSql.PLAN_AUTHORS).param("authors", plan.authors()).param("newest", NEWEST.toString()).update();
	}

	private void planPosts(JdbcClient jdbc, SeedPlan plan) {
		jdbc.sql(SeedSql.PLAN_POSTS)
			.param("posts", plan.posts())
			.param("authors", plan.authors())
			.param("newest", NEWEST.toString())
			.param("step", (double) POST_SPAN_SECONDS / plan.posts())
			.param("paragraphs", PARAGRAPHS)
			.update();
		jdbc.sql(SeedSql.PLAN_DEEP_THREAD_POST)
			.param("posts", plan.posts())
			.param("newest", NEWEST.toString())
			.param("title",
					"One thread to read them all: %,d comments, %d deep".formatted(plan.deepThreadComments(),
							plan.deepThreadDepth()))
			.update();
	}

	private void planComments(JdbcClient jdbc, SeedPlan plan) {
		// Ordinary threads: first comments within 10 days of the post, each reply within
		// a day of its parent.
		planComments(jdbc, plan.levels(), 1, 1, plan.posts(), plan.authors(), 10 * 86_400, 86_400);
		// The deep thread is a lively one: within a day, and an hour between a comment
		// and its reply.
		long deepFirstId = 1L + plan.comments();
		planComments(jdbc, plan.deepLevels(), deepFirstId, plan.deepThreadPostId(), 1, plan.authors(), 86_400, 3_600);
	}

	private static String tables(List<TableStep> steps) {
		return String.join(", ", steps.stream().map(TableStep::table).toList());
	}

	/**
	 * One INSERT ... SELECT per depth: a reply picks its parent among the previous
	 * level's comments (ids are contiguous per level), so parents always exist and share
	 * the reply's post.
	 */
	private void planComments(JdbcClient jdbc, List<Integer> levels, long firstId, long postBase, long postCount,
			int authors, int topLevelGap, int replyGap) {
		long levelFirst = firstId;
		long parentFirst = 0;
		int parentCount = 0;
		for (int depth = 0; depth < levels.size(); depth++) {
			int count = levels.get(depth);
			var statement = jdbc.sql(depth == 0 ? SeedSql.PLAN_TOP_LEVEL_COMMENTS : SeedSql.PLAN_REPLIES)
				.param("first", levelFirst)
				.param("count", count)
				.param("authors", authors)
				.param("texts", COMMENT_TEXTS)
				.param("gap", depth == 0 ? topLevelGap : replyGap);
			if (depth == 0) {
				statement.param("postBase", postBase).param("postCount", postCount);
			}
			else {
				statement.param("parentFirst", parentFirst).param("parentCount", parentCount);
			}
			statement.update();
			parentFirst = levelFirst;
			parentCount = count;
			levelFirst += count;
		}
	}

	private void step(JdbcClient jdbc, long started, String done, String sql) {
		jdbc.sql(sql).update();
		progress.accept("%s (%.1f s)".formatted(done, seconds(started)));
	}

	/**
	 * Runs a statement whose result (a select of a function called for its effect) is not
	 * needed.
	 */
	private static void execute(JdbcClient jdbc, String sql) {
		jdbc.sql(sql).query((ResultSet rs) -> {
		});
	}

	private static double seconds(long started) {
		return (System.nanoTime() - started) / 1e9;
	}

	/** What to do with a database that already holds rows. */
	private enum WhenNotEmpty {

		REFUSE, REPLACE, SKIP

	}

	/**
	 * One table the generator fills: {@code plan} writes its rows into a seed_* table,
	 * then {@code insert} copies them in (its {@code :withCounters} is true when triggers
	 * are bypassed).
	 */
	private record TableStep(String table, Consumer<JdbcClient> plan, String insert) {
	}

	/** The database was not empty and replacing its rows was not asked for. */
	static class SeedRefusedException extends RuntimeException {

		SeedRefusedException(String message) {
			super(message);
		}

	}

}
