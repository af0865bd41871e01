package dev.inkwell.follow;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.inkwell.account.Permissions;
import dev.inkwell.account.Viewer;
import dev.inkwell.author.Author;
import dev.inkwell.author.AuthorRepository;
import dev.inkwell.author.AuthorRows;
import dev.inkwell.relay.ChildQuery;
import dev.inkwell.relay.GlobalId;
import dev.inkwell.relay.FieldWiring;
import dev.inkwell.relay.KeysetEdge;
import dev.inkwell.relay.PagedField;
import dev.inkwell.errors.InvalidInputException;
import dev.inkwell.errors.NotFoundException;
import dev.inkwell.graphql.SourceFields;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/**
 * follow, unfollow and the author ⇄ author follow lists. Lists and counts are batched: 50
 * authors' followers cost one SELECT, their counts another, never one per author.
 */
@Controller
class FollowController {

	/**
	 * An author's followers, newest follow first: an index seek on follow_followed_newest
	 * per author, the author on the other side joined by its primary key.
	 */
	private static final ChildQuery FOLLOWERS = ChildQuery
		.of("follow f join author a on a.id = f.follower_id", AuthorRows.columns("a", ""), "f.followed_id")
		.newestFirst("f.created_at", "f.follower_id");

	/**
	 * The authors an author follows, newest follow first: a seek on
	 * follow_follower_newest.
	 */
	private static final ChildQuery FOLLOWING = ChildQuery
		.of("follow f join author a on a.id = f.followed_id", AuthorRows.columns("a", ""), "f.follower_id")
		.newestFirst("f.created_at", "f.followed_id");

	private final FollowRepository follows;

	private final AuthorRepository authors;

	private final Permissions permissions;

	FollowController(FollowRepository follows, AuthorRepository authors, Permissions permissions, FieldWiring fields) {
		this.follows = follows;
		this.authors = authors;
		this.permissions = permissions;
		fields.paged(PagedField.of("Author", "followers", Author.class, FOLLOWERS, AuthorRows.mapper(""),
				follows::followerCounts), Author::id);
		fields.paged(PagedField.of("Author", "following", Author.class, FOLLOWING, AuthorRows.mapper(""),
				follows::followingCounts), Author::id);
		fields.field("FollowEdge", "followedAt", SourceFields.read(FollowController::followedAt));
	}

	/**
	 * A follow list pages by the follow's time, so an edge's position in it is when the
	 * follow began.
	 */
	private static OffsetDateTime followedAt(KeysetEdge<Author> edge) {
		return edge.position().time();
	}

	/** Returns the followed author; following again changes nothing. */
	@MutationMapping
	Author follow(@Argument String authorId, @ContextValue(name = Viewer.CONTEXT_KEY, required = false) Viewer viewer) {
		permissions.requireSignedIn(viewer);
		Author followed = existing(authorId);
		if (followed.id() == viewer.authorId()) {
			throw new InvalidInputException("authorId", "Authors cannot follow themselves");
		}
		follows.follow(viewer.authorId(), followed.id());
		return followed;
	}

	/**
	 * Returns the author no longer followed; unfollowing someone not followed changes
	 * nothing.
	 */
	@MutationMapping
	Author unfollow(@Argument String authorId,
			@ContextValue(name = Viewer.CONTEXT_KEY, required = false) Viewer viewer) {
		permissions.requireSignedIn(viewer);
		Author followed = existing(authorId);
		follows.unfollow(viewer.authorId(), followed.id());
		return followed;
	}

	@BatchMapping
	Map<Author, Integer> followerCount(List<Author> list) {
		Map<Long, Long> counts = follows.followerCounts(list.stream().map(Author::id).distinct().toList());
		return list.stream()
			.distinct()
			.collect(Collectors.toMap(Function.identity(), author -> counts.getOrDefault(author.id(), 0L).intValue()));
	}

	private Author existing(String authorId) {
		return authors.findById(GlobalId.decode(authorId, "Author", "authorId"))
			.orElseThrow(() -> new NotFoundException("authorId", "No author with this id"));
	}

}
