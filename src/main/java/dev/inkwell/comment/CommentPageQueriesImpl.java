package dev.inkwell.comment;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.stream.Collectors;

import dev.inkwell.author.Author;
import dev.inkwell.author.AuthorRows;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;

/** Native SQL for comment lists; one statement per kind of parent. */
class CommentPageQueriesImpl implements CommentPageQueries {

	/**
	 * A LATERAL join runs one index seek per requested parent (comment_post_top_level or
	 * comment_parent_oldest), so 50 posts' first comments cost one statement, not 50. WITH
	 * ORDINALITY tags each row with the request it answers.
	 */
	private static final String PAGES_BY_PARENT = """
			select k.ordinality, c.*%s
			from unnest(:parentIds::bigint[], :afterCreatedAts::timestamptz[], :afterIds::bigint[], :limits::int[])
			     with ordinality as k(parent_id, after_created_at, after_id, row_limit, ordinality)
			cross join lateral (
			  select %s from comment c
			  where %s
			    and (k.after_id is null or (c.created_at, c.id) > (k.after_created_at, k.after_id))
			  order by c.created_at, c.id
			  limit k.row_limit
			) c%s
			order by k.ordinality, c.created_at, c.id
			""";

	/** Authors joined to their comments, so that Comment.author costs no statement of its own. */
	private static final String AUTHOR_COLUMNS = ", " + AuthorRows.columns("a", "author_");

	private static final String AUTHOR_JOIN = " join author a on a.id = c.author_id";

	private static final Map<CommentParent.Kind, String> CHILD_OF_PARENT = Map.of(
			CommentParent.Kind.POST, "c.post_id = k.parent_id and c.parent_id is null",
			CommentParent.Kind.COMMENT, "c.parent_id = k.parent_id");

	private final JdbcClient jdbc;

	CommentPageQueriesImpl(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<Comment> findAllByIds(Collection<Long> ids) {
		return jdbc.sql("select " + CommentRows.columns("c") + " from comment c where c.id = any(:ids)")
			.param("ids", new SqlArrayValue("bigint", ids.toArray()))
			.query((rs, row) -> CommentRows.comment(rs))
			.list();
	}

	@Override
	public Optional<Comment> findOne(long id) {
		return findAllByIds(List.of(id)).stream().findFirst();
	}

	@Override
	public CommentPages findOldestByParents(Collection<CommentPageRequest> requests) {
		CommentPages found = new CommentPages(new LinkedHashMap<>(), new HashMap<>());
		requests.stream()
			.collect(Collectors.groupingBy(request -> List.of(request.parent().kind(), request.withAuthors())))
			.forEach((shape, sameShape) -> findOldest((CommentParent.Kind) shape.get(0), (Boolean) shape.get(1), sameShape, found));
		return found;
	}

	private void findOldest(CommentParent.Kind kind, boolean withAuthors, List<CommentPageRequest> requests,
			CommentPages found) {
		int size = requests.size();
		Long[] parentIds = new Long[size];
		String[] afterCreatedAts = new String[size];
		Long[] afterIds = new Long[size];
		Integer[] limits = new Integer[size];
		Map<CommentPageRequest, List<Comment>> pages = found.pages();
		Map<Long, Author> authors = found.authors();
		for (int i = 0; i < size; i++) {
			CommentPageRequest request = requests.get(i);
			parentIds[i] = request.parent().id();
			afterCreatedAts[i] = request.after() == null ? null : request.after().time().toString();
			afterIds[i] = request.after() == null ? null : request.after().id();
			limits[i] = request.page().limit();
			pages.put(request, new ArrayList<>());
		}
		jdbc.sql(PAGES_BY_PARENT.formatted(withAuthors ? AUTHOR_COLUMNS : "", CommentRows.columns("c"), CHILD_OF_PARENT.get(kind),
				withAuthors ? AUTHOR_JOIN : ""))
			.param("parentIds", new SqlArrayValue("bigint", (Object[]) parentIds))
			.param("afterCreatedAts", new SqlArrayValue("text", (Object[]) afterCreatedAts))
			.param("afterIds", new SqlArrayValue("bigint", (Object[]) afterIds))
			.param("limits", new SqlArrayValue("int4", (Object[]) limits))
			.query(rs -> {
				Comment comment = CommentRows.comment(rs);
				pages.get(requests.get(rs.getInt("ordinality") - 1)).add(comment);
				if (withAuthors && !authors.containsKey(comment.authorId())) {
					authors.put(comment.authorId(), AuthorRows.author(rs, "author_"));
				}
			});
	}

	@Override
	public Map<CommentParent, Long> countByParents(Collection<CommentParent> parents) {
		Map<CommentParent, Long> counts = new HashMap<>();
		parents.forEach(parent -> counts.put(parent, 0L));
		Map<CommentParent.Kind, List<Long>> idsByKind = parents.stream()
			.collect(Collectors.groupingBy(CommentParent::kind, Collectors.mapping(CommentParent::id, Collectors.toList())));
		List<Long> postIds = idsByKind.get(CommentParent.Kind.POST);
		if (postIds != null) {
			jdbc.sql("""
					select post_id, count(*) as comments from comment
					where post_id = any(:ids) and parent_id is null
					group by post_id
					""")
				.param("ids", new SqlArrayValue("bigint", postIds.toArray()))
				.query(rs -> {
					counts.put(CommentParent.post(rs.getLong("post_id")), rs.getLong("comments"));
				});
		}
		List<Long> commentIds = idsByKind.get(CommentParent.Kind.COMMENT);
		if (commentIds != null) {
			// Replies are counted by a trigger (comment.reply_count): no need to count them again.
			jdbc.sql("select id, reply_count from comment where id = any(:ids)")
				.param("ids", new SqlArrayValue("bigint", commentIds.toArray()))
				.query(rs -> {
					counts.put(CommentParent.comment(rs.getLong("id")), rs.getLong("reply_count"));
				});
		}
		return counts;
	}

}
