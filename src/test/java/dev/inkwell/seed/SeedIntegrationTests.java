package dev.inkwell.seed;

import java.sql.Connection;

import dev.inkwell.support.FreshDatabases;
import dev.inkwell.support.InkwellIntegrationTest;
import liquibase.Liquibase;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The generator at scale 0.01 on a migrated, empty database of its own: the shape the
 * benchmark relies on, counters equal to the rows, and the same data on every run.
 */
@InkwellIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SeedIntegrationTests {

	private static final SeedPlan PLAN = SeedPlan.of(0.01);

	/** Every column of every comment, in id order: equal digests mean equal data. */
	private static final String COMMENTS_DIGEST = "select md5(string_agg(c::text, '|' order by c.id)) from comment c";

	@Autowired
	FreshDatabases databases;

	DriverManagerDataSource dataSource;

	JdbcTemplate jdbc;

	@BeforeAll
	void seedAnEmptyMigratedDatabase() throws Exception {
		dataSource = new DriverManagerDataSource(databases.create("seed"), databases.username(), "");
		try (Connection connection = dataSource.getConnection()) {
			migrate(connection);
		}
		jdbc = new JdbcTemplate(dataSource);
		new Seeder(dataSource, message -> {
		}).seed(PLAN, false);
	}

	@Test
	void shouldMakeRowCountsProportionalToTheScale() {
		assertThat(count("select count(*) from author")).isEqualTo(20);
		assertThat(count("select count(*) from post")).isEqualTo(500 + 1);
		assertThat(count("select count(*) from comment")).isEqualTo(5_000 + 5_000);
		assertThat(count("select count(*) from comment where parent_id is null and post_id <= 500")).isEqualTo(1_667);
		assertThat(count("select max(depth) from comment where post_id <= 500")).isGreaterThanOrEqualTo(15);
	}

	@Test
	void shouldMakeTheNewestPostHoldTheDeepThread() {
		long newest = jdbc.queryForObject("select id from post order by created_at desc, id desc limit 1", Long.class);

		assertThat(newest).isEqualTo(PLAN.deepThreadPostId());
		assertThat(count("select count(*) from comment where post_id = " + newest)).isEqualTo(5_000);
		assertThat(count("select max(depth) from comment where post_id = " + newest)).isEqualTo(200);
	}

	@Test
	void shouldKeepRepliesInTheirParentsPostOneLevelBelowIt() {
		assertThat(count("""
				select count(*) from comment c join comment parent on parent.id = c.parent_id
				where parent.post_id <> c.post_id or c.depth <> parent.depth + 1 or c.created_at <= parent.created_at
				""")).isZero();
	}

	@Test
	void shouldMakeEveryCounterEqualTheRowsItCounts() {
		assertThat(count("""
				select count(*) from post p
				where p.comment_count <> (select count(*) from comment c where c.post_id = p.id)
				""")).isZero();
		assertThat(count("""
				select count(*) from author a
				where a.post_count <> (select count(*) from post p where p.author_id = a.id)
				""")).isZero();
		assertThat(count("""
				select count(*) from comment c
				where c.reply_count <> (select count(*) from comment r where r.parent_id = c.id)
				""")).isZero();
	}

	@Test
	void shouldTagPostsWithUpToThreeTagsCarryingTheirPostsTime() {
		assertThat(count("select count(*) from tag")).isBetween(2, 40);
		assertThat(count("select count(distinct post_id) from post_tag")).isGreaterThan(100);
		assertThat(count("select count(*) from (select post_id from post_tag group by post_id having count(*) > 3) t"))
			.isZero();
		assertThat(count("""
				select count(*) from post_tag pt join post p on p.id = pt.post_id
				where pt.post_created_at <> p.created_at
				""")).isZero();
	}

	@Test
	void shouldRefuseADatabaseWithRowsAndReplaceThemWithTheSameDataWhenAsked() {
		String before = jdbc.queryForObject(COMMENTS_DIGEST, String.class);
		Seeder seeder = new Seeder(dataSource, message -> {
		});

		assertThatThrownBy(() -> seeder.seed(PLAN, false)).isInstanceOf(Seeder.SeedRefusedException.class);
		seeder.seed(PLAN, true);

		assertThat(jdbc.queryForObject(COMMENTS_DIGEST, String.class)).isEqualTo(before);
		assertThat(count("select count(*) from author")).isEqualTo(20);
	}

	@Test
	void shouldLeaveIdentitiesPastTheGeneratedIds() {
		long id = jdbc.queryForObject(
				"insert into author (username, email) values ('after_seed', 'after@example.com') returning id",
				Long.class);
		jdbc.update("delete from author where id = ?", id);

		assertThat(id).isGreaterThan(20);
	}

	private int count(String sql) {
		return jdbc.queryForObject(sql, Integer.class);
	}

	@SuppressWarnings("deprecation")
	private static void migrate(Connection connection) throws Exception {
		Database database = DatabaseFactory.getInstance()
			.findCorrectDatabaseImplementation(new JdbcConnection(connection));
		new Liquibase("db/changelog/changelog.yaml", new ClassLoaderResourceAccessor(), database).update("");
	}

}
