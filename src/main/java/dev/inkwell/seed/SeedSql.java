package dev.inkwell.seed;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;

/**
 * The seeder's SQL. Everything named seed_* is temporary (dropped at commit): the plan of
 * the rows, built set-based, before one INSERT per real table copies it in.
 */
final class SeedSql {

	/**
	 * Deterministic "random": a hash of the row number and a salt, as a double in [0, 1).
	 * Unlike random() with setseed(), it does not depend on the order in which the plan
	 * visits rows. A one-line SQL function, so the planner inlines it.
	 */
	private static final String UNIFORM = """
			create function pg_temp.seed_uniform(n bigint, salt integer) returns double precision
			language sql immutable parallel safe
			as $$ select (hashint8extended(n, salt) & 4503599627370495)::float8 / 4503599627370496 $$
			""";

	private static final String VOCABULARY = """
			create temp table seed_vocab on commit drop as
			select ?::text[] as words, ?::text[] as fillers, ?::text[] as first_names, ?::text[] as last_names
			""";

	private static final String PLAN_TABLES = """
			create temp table seed_sentence (i integer primary key, text text not null) on commit drop;
			create temp table seed_paragraph (i integer primary key, text text not null) on commit drop;
			create temp table seed_comment_text (i integer primary key, text text not null) on commit drop;
			create temp table seed_author (id bigint primary key, username text, display_name text, bio text,
			  created_at timestamptz) on commit drop;
			create temp table seed_post (id bigint primary key, author_id bigint, title text, body text,
			  created_at timestamptz) on commit drop;
			create temp table seed_comment (id bigint primary key, post_id bigint not null, author_id bigint not null,
			  parent_id bigint, depth integer not null, text_id integer not null, created_at timestamptz not null) on commit drop;
			""";

	/** Sentences of 6 to 14 words, alternating stop words and skewed content words. */
	private static final String SENTENCES = """
			insert into seed_sentence
			select s.i, upper(left(t.text, 1)) || substr(t.text, 2) || '.'
			from generate_series(1, :sentences) s(i)
			cross join seed_vocab v
			cross join lateral (
			  select string_agg(case when k % 2 = 1
			      then v.fillers[1 + floor(cardinality(v.fillers) * pg_temp.seed_uniform(s.i * 64 + k, 2))::int]
			      else v.words[1 + floor(cardinality(v.words) * power(pg_temp.seed_uniform(s.i * 64 + k, 3), 4))::int]
			    end, ' ' order by k) as text
			  from generate_series(1, 6 + floor(9 * pg_temp.seed_uniform(s.i, 1))::int) k
			) t
			""";

	/**
	 * {@code %s}: the table to fill; picks 3 to 6 (paragraphs) or 1 to 3 (comments)
	 * sentences.
	 */
	private static final String SENTENCE_GROUPS = """
			insert into %s
			select g.i, t.text
			from generate_series(1, :count) g(i)
			cross join lateral (
			  select string_agg(s.text, ' ' order by k) as text
			  from generate_series(1, :least + floor(:spread * pg_temp.seed_uniform(g.i, :salt))::int) k
			  join seed_sentence s on s.i = 1 + floor(:sentences * pg_temp.seed_uniform(g.i * 16 + k, :salt + 1))::int
			) t
			""";

	static final String PLAN_AUTHORS = """
			insert into seed_author
			select n, a.username, initcap(a.first) || ' ' || initcap(a.last), s.text,
			       :newest::timestamptz - interval '1000 days' + make_interval(mins => n)
			from generate_series(1, :authors) n
			cross join seed_vocab v
			cross join lateral (
			  select f.first, f.last, f.first || '_' || f.last || '_' || n as username
			  from (select v.first_names[1 + floor(cardinality(v.first_names) * pg_temp.seed_uniform(n, 11))::int] as first,
			               v.last_names[1 + floor(cardinality(v.last_names) * pg_temp.seed_uniform(n, 12))::int] as last) f
			) a
			join seed_sentence s on s.i = 1 + floor(2048 * pg_temp.seed_uniform(n, 13))::int
			""";

	/**
	 * Ordinary posts get ids in order of time, spread over two years, and skewed authors
	 * (squaring makes a few prolific ones and a long tail); the deep-thread post comes
	 * last, at :newest.
	 */
	static final String PLAN_POSTS = """
			insert into seed_post
			select n, 1 + floor(:authors * power(pg_temp.seed_uniform(n, 21), 2))::bigint,
			       case floor(5 * pg_temp.seed_uniform(n, 22))::int
			         when 0 then 'Notes on ' || w.one
			         when 1 then 'Why ' || w.one || ' beats ' || w.two
			         when 2 then 'A field guide to ' || w.one || ' and ' || w.two
			         when 3 then initcap(w.one) || ' in practice'
			         else 'What I learned about ' || w.one || ' from ' || w.two
			       end,
			       p1.text || E'\\n\\n## ' || initcap(w.two) || E'\\n\\n' || p2.text || E'\\n\\n' || p3.text,
			       :newest::timestamptz - make_interval(secs => (:posts + 1 - n) * :step - :step * 0.8 * pg_temp.seed_uniform(n, 23))
			from generate_series(1, :posts + 1) n
			cross join seed_vocab v
			cross join lateral (
			  select v.words[1 + floor(cardinality(v.words) * power(pg_temp.seed_uniform(n, 24), 2))::int] as one,
			         v.words[1 + floor(cardinality(v.words) * power(pg_temp.seed_uniform(n, 25), 2))::int] as two
			) w
			join seed_paragraph p1 on p1.i = 1 + floor(:paragraphs * pg_temp.seed_uniform(n, 26))::int
			join seed_paragraph p2 on p2.i = 1 + floor(:paragraphs * pg_temp.seed_uniform(n, 27))::int
			join seed_paragraph p3 on p3.i = 1 + floor(:paragraphs * pg_temp.seed_uniform(n, 28))::int
			""";

	static final String PLAN_DEEP_THREAD_POST = """
			update seed_post
			set title = :title, created_at = :newest::timestamptz
			where id = :posts + 1
			""";

	/**
	 * Top-level comments of posts :postBase .. :postBase + :postCount - 1, up to :gap
	 * seconds after the post.
	 */
	static final String PLAN_TOP_LEVEL_COMMENTS = """
			insert into seed_comment
			select c.id, p.id, 1 + floor(:authors * pg_temp.seed_uniform(c.id, 31))::bigint, null, 0,
			       1 + floor(:texts * pg_temp.seed_uniform(c.id, 32))::int,
			       p.created_at + make_interval(secs => 60 + :gap * pg_temp.seed_uniform(c.id, 33))
			from generate_series(:first::bigint, :first::bigint + :count - 1) c(id)
			join seed_post p on p.id = :postBase + floor(:postCount * pg_temp.seed_uniform(c.id, 34))::bigint
			""";

	/**
	 * One level of replies: each picks a parent among the :parentCount comments of the
	 * level above.
	 */
	static final String PLAN_REPLIES = """
			insert into seed_comment
			select c.id, parent.post_id, 1 + floor(:authors * pg_temp.seed_uniform(c.id, 31))::bigint, parent.id,
			       parent.depth + 1, 1 + floor(:texts * pg_temp.seed_uniform(c.id, 32))::int,
			       parent.created_at + make_interval(secs => 60 + :gap * pg_temp.seed_uniform(c.id, 33))
			from generate_series(:first::bigint, :first::bigint + :count - 1) c(id)
			join seed_comment parent on parent.id = :parentFirst + floor(:parentCount * pg_temp.seed_uniform(c.id, 35))::bigint
			""";

	/**
	 * {@code :withCounters}: true when the triggers are bypassed (then this insert writes
	 * the counters itself), false when they run (then they count, and a counter written
	 * here would be counted twice).
	 */
	static final String INSERT_AUTHORS = """
			insert into author (id, username, email, display_name, bio, created_at, updated_at, post_count) overriding system value
			select a.id, a.username, a.username || '@example.com', a.display_name, a.bio, a.created_at, a.created_at,
			       case when :withCounters then coalesce(p.posts, 0) else 0 end
			from seed_author a
			left join (select author_id, count(*) as posts from seed_post group by author_id) p on p.author_id = a.id
			order by a.id
			""";

	static final String INSERT_POSTS = """
			insert into post (id, author_id, title, body, created_at, updated_at, comment_count) overriding system value
			select p.id, p.author_id, p.title, p.body, p.created_at, p.created_at,
			       case when :withCounters then coalesce(c.comments, 0) else 0 end
			from seed_post p
			left join (select post_id, count(*) as comments from seed_comment group by post_id) c on c.post_id = p.id
			order by p.id
			""";

	/**
	 * Parents before replies (by depth): with triggers on, the place trigger reads each
	 * parent's depth, so it must be there already; the triggers then keep depth and the
	 * counters.
	 */
	static final String INSERT_COMMENTS = """
			insert into comment (id, post_id, author_id, parent_id, body, depth, reply_count, created_at, updated_at)
			overriding system value
			select c.id, c.post_id, c.author_id, c.parent_id, t.text, c.depth,
			       case when :withCounters then coalesce(r.replies, 0) else 0 end, c.created_at, c.created_at
			from seed_comment c
			join seed_comment_text t on t.i = c.text_id
			left join (select parent_id, count(*) as replies from seed_comment where parent_id is not null group by parent_id) r
			  on r.parent_id = c.id
			order by c.depth, c.id
			""";

	/**
	 * Tags: the 40 most frequent content words (the vocabulary is skewed, early words
	 * often), each a tag; an existing tag of that name is kept.
	 */
	static final String INSERT_TAGS = """
			insert into tag (name)
			select distinct w.word from seed_vocab v cross join unnest(v.words) with ordinality as w(word, n) where w.n <= 40
			on conflict ((lower(name))) do nothing
			""";

	/**
	 * Each post gets 0 to 3 of those tags, skewed like its words (a few tags on many
	 * posts, a long tail), with its created_at, as post_tag carries it for Tag.posts.
	 */
	static final String INSERT_POST_TAGS = """
			insert into post_tag (post_id, tag_id, post_created_at)
			select distinct p.id, t.id, p.created_at
			from post p
			cross join seed_vocab v
			cross join lateral generate_series(1, floor(4 * pg_temp.seed_uniform(p.id, 41))::int) k
			join tag t on lower(t.name) = lower(v.words[1 + floor(40 * power(pg_temp.seed_uniform(p.id * 4 + k, 42), 2))::int])
			""";

	/**
	 * With triggers bypassed the foreign keys went unchecked too: prove, set-based, what
	 * they and the place trigger would have enforced. Counts the rows that break a rule
	 * (0 expected).
	 */
	static final String BROKEN_ROWS = """
			select (select count(*) from post p left join author a on a.id = p.author_id where a.id is null)
			     + (select count(*) from comment c left join post p on p.id = c.post_id where p.id is null)
			     + (select count(*) from comment c left join author a on a.id = c.author_id where a.id is null)
			     + (select count(*) from comment c left join comment parent on parent.id = c.parent_id
			        where c.parent_id is not null
			          and (parent.id is null or parent.post_id <> c.post_id or c.depth <> parent.depth + 1))
			     + (select count(*) from comment where parent_id is null and depth <> 0)
			""";

	/**
	 * {@code %1$s}: a table filled with explicit ids. Moves its identity past them so the
	 * server's inserts don't collide; a table without an identity column (a link table)
	 * is left alone.
	 */
	static final String MOVE_IDENTITY = """
			do $$
			declare
			  identity_column text := (select column_name from information_schema.columns
			    where table_schema = current_schema() and table_name = '%1$s' and is_identity = 'YES');
			begin
			  if identity_column is not null then
			    execute format('select setval(pg_get_serial_sequence(%%L, %%L), (select max(%%I) from %%I))',
			      '%1$s', identity_column, identity_column, '%1$s');
			  end if;
			end $$
			""";

	private SeedSql() {
	}

	/**
	 * The hash function, the vocabulary, the plan tables and the pools of generated text.
	 */
	static void createHelpers(JdbcClient jdbc, int sentences, int paragraphs, int commentTexts) {
		jdbc.sql(UNIFORM).update();
		jdbc.sql(PLAN_TABLES).update();
		jdbc.sql(VOCABULARY)
			.param(new SqlArrayValue("text", SeedVocabulary.CONTENT_WORDS.toArray()))
			.param(new SqlArrayValue("text", SeedVocabulary.FILLERS.toArray()))
			.param(new SqlArrayValue("text", SeedVocabulary.FIRST_NAMES.toArray()))
			.param(new SqlArrayValue("text", SeedVocabulary.LAST_NAMES.toArray()))
			.update();
		jdbc.sql(SENTENCES).param("sentences", sentences).update();
		jdbc.sql(SENTENCE_GROUPS.formatted("seed_paragraph"))
			.param("count", paragraphs)
			.param("least", 3)
			.param("spread", 4)
			.param("salt", 40)
			.param("sentences", sentences)
			.update();
		jdbc.sql(SENTENCE_GROUPS.formatted("seed_comment_text"))
			.param("count", commentTexts)
			.param("least", 1)
			.param("spread", 3)
			.param("salt", 50)
			.param("sentences", sentences)
			.update();
	}

}
