package dev.inkwell.post;

import java.util.List;

import dev.inkwell.relay.Page;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Full-text search over posts: the generated {@code post.search} tsvector and its GIN
 * index (db-changelog 008).
 */
@Repository
class PostSearchRepository {

	/**
	 * websearch_to_tsquery accepts any text (quotes, operators, SQL) without a syntax
	 * error, and the text is a bound parameter. ts_headline is costly, so it runs only on
	 * the page's rows, over the HTML-escaped body: the snippet is safe to insert as HTML,
	 * with only our marks.
	 */
	private static final String SEARCH = """
			with query as (select websearch_to_tsquery('english', :text) as tsquery),
			hits as (
			  select p.id, ts_rank(p.search, query.tsquery) as rank
			  from post p, query
			  where p.search @@ query.tsquery
			),
			page as (
			  select id, rank from hits
			  %s
			  order by rank desc, id desc
			  limit :limit
			)
			select %s, page.rank,
			       ts_headline('english', replace(replace(replace(p.body, '&', '&amp;'), '<', '&lt;'), '>', '&gt;'),
			                   query.tsquery,
			                   'StartSel=<mark>, StopSel=</mark>, MaxWords=35, MinWords=15, MaxFragments=2, FragmentDelimiter=" … "')
			         as snippet
			from page join post p on p.id = page.id, query
			order by page.rank desc, page.id desc
			""";

	private static final String AFTER = "where (rank, id) < (cast(:afterRank as real), :afterId)";

	private final JdbcClient jdbc;

	PostSearchRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Best matches first, with one extra row when a next page exists. */
	List<PostSearchEdge> search(String text, Page page, SearchCursor after) {
		String columns = PostRows.columns("p");
		JdbcClient.StatementSpec statement = jdbc.sql(SEARCH.formatted(after == null ? "" : AFTER, columns))
			.param("text", text)
			.param("limit", page.limit());
		if (after != null) {
			statement = statement.param("afterRank", after.rank()).param("afterId", after.id());
		}
		return statement.query(
				(rs, row) -> new PostSearchEdge(PostRows.post(rs, row), rs.getFloat("rank"), rs.getString("snippet")))
			.list();
	}

}
