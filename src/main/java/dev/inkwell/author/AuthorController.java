package dev.inkwell.author;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.inkwell.relay.Connection;
import dev.inkwell.relay.Cursor;
import dev.inkwell.relay.GlobalId;
import dev.inkwell.errors.InvalidInputException;
import dev.inkwell.relay.FieldWiring;
import dev.inkwell.relay.NodeLookup;
import dev.inkwell.relay.Page;
import dev.inkwell.relay.PagingProperties;
import dev.inkwell.relay.TotalCount;
import dev.inkwell.graphql.SourceFields;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Query.author, Query.authors and the Author fields that need only the author row. */
@Controller
class AuthorController implements NodeLookup {

	static final String TYPE = "Author";

	private final AuthorRepository authors;

	private final AuthorStatsRepository stats;

	private final PagingProperties paging;

	private final TotalCount allAuthors;

	AuthorController(AuthorRepository authors, AuthorStatsRepository stats, PagingProperties paging,
			FieldWiring fields) {
		this.authors = authors;
		this.stats = stats;
		this.paging = paging;
		this.allAuthors = fields.wholeList("Query", "authors", authors::count);
		fields.field(TYPE, "id", SourceFields.read((Author author) -> GlobalId.encode(TYPE, author.id())));
	}

	@QueryMapping
	Author author(@Argument String id, @Argument String username) {
		if ((id == null) == (username == null)) {
			throw new InvalidInputException(id == null ? "id" : "username", "Give exactly one of 'id' and 'username'");
		}
		return (id != null ? authors.findById(GlobalId.decode(id, TYPE, "id")) : authors.findByUsername(username))
			.orElse(null);
	}

	@QueryMapping
	Connection<Author> authors(@Argument Integer first, @Argument String after) {
		Page page = paging.page(first, after);
		long afterId = after == null ? 0 : Cursor.decodeId(after, "after");
		return Connection.fromRows(authors.findPageAfter(afterId, page.limit()), page, AuthorController::cursorOf,
				allAuthors);
	}

	/** One SELECT on the author_stats view for every author of a level. */
	@BatchMapping
	Map<Author, AuthorStats> stats(List<Author> page) {
		Map<Long, AuthorStats> byId = stats.findByAuthorIds(page.stream().map(Author::id).distinct().toList())
			.stream()
			.collect(Collectors.toMap(AuthorStats::authorId, Function.identity()));
		return page.stream()
			.distinct()
			.collect(Collectors.toMap(Function.identity(),
					author -> byId.getOrDefault(author.id(), AuthorStats.none(author.id()))));
	}

	@Override
	public String typeName() {
		return TYPE;
	}

	@Override
	public Optional<Author> findById(long id) {
		return authors.findById(id);
	}

	private static String cursorOf(Author author) {
		return Cursor.encode(author.id());
	}

}
