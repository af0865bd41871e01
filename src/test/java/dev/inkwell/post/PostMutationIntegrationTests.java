package dev.inkwell.post;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import dev.inkwell.support.Accounts;
import dev.inkwell.support.Accounts.SignedIn;
import dev.inkwell.support.InkwellIntegrationTest;
import dev.inkwell.support.TestData;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static dev.inkwell.support.Errors.assertFieldError;
import static dev.inkwell.support.Errors.assertSingleError;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Writing posts: who may, what input is accepted, and no lost update under concurrent
 * edits.
 */
@InkwellIntegrationTest
class PostMutationIntegrationTests {

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	Accounts accounts;

	@Autowired
	TestData data;

	@Test
	void shouldCreateAPostAsTheViewerWithItsBodyRendered() {
		SignedIn author = accounts.user("writer");
		GraphQlTester.Response created = create(author, "  Hello  ", "Some **bold** text");

		created.path("createPost.title").entity(String.class).isEqualTo("Hello");
		created.path("createPost.author.id").entity(String.class).isEqualTo(author.id());
		created.path("createPost.bodyHtml").entity(String.class).isEqualTo("<p>Some <strong>bold</strong> text</p>\n");
		String id = created.path("createPost.id").entity(String.class).get();
		assertThat(data.jdbc()
			.queryForObject("select body_html from post where author_id = ?", String.class, author.authorId()))
			.contains("<strong>bold</strong>");
		graphQl.documentName("postById")
			.variable("id", id)
			.execute()
			.path("post.title")
			.entity(String.class)
			.isEqualTo("Hello");
	}

	@Test
	void shouldRenderBodyHtmlOnReadForPostsWrittenWithoutIt() {
		long author = data.author("legacy");
		long post = data.post(author, "Old", OffsetDateTime.of(2001, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC));

		graphQl.documentName("postBodyHtml")
			.variable("id", TestData.postId(post))
			.execute()
			.path("post.bodyHtml")
			.entity(String.class)
			.isEqualTo("<p>Body of Old</p>\n");
	}

	@Test
	void shouldStripHostileMarkupFromTheStoredHtml() {
		SignedIn author = accounts.user("hostile");
		String html = create(author, "XSS",
				"<script>alert(1)</script> [x](javascript:alert(1)) <img src=x onerror=alert(1)>")
			.path("createPost.bodyHtml")
			.entity(String.class)
			.get();

		MarkdownRendererTests.assertSafe(html);
		assertThat(html).contains("&lt;script&gt;");
	}

	@Test
	void shouldUpdateAPostWrittenBeforeAccountsExisted() {
		SignedIn author = accounts.user("oldpost");
		long post = data.post(author.authorId(), "Imported", OffsetDateTime.of(2002, 2, 2, 0, 0, 0, 0, ZoneOffset.UTC));
		int version = data.jdbc().queryForObject("select version from post where id = ?", Integer.class, post);

		update(author, TestData.postId(post), version, "Edited", null).path("updatePost.version")
			.entity(Integer.class)
			.isEqualTo(version + 1);
		assertThat(data.jdbc()
			.queryForObject("select count(*) from post where author_id = ?", Integer.class, author.authorId()))
			.isEqualTo(1);
	}

	@Test
	void shouldRequireASignedInViewerToWrite() {
		assertSingleError(graphQl.documentName("createPost").variable("title", "t").variable("body", "b").execute(),
				"UNAUTHENTICATED", ErrorType.UNAUTHORIZED);
	}

	@Test
	void shouldLimitTitlesToTwoHundredCharactersCountingCodePoints() {
		SignedIn author = accounts.user("limits");
		// 200 emoji are 400 UTF-16 units: still a valid title.
		create(author, "🐘".repeat(200), "body").path("createPost.title")
			.entity(String.class)
			.isEqualTo("🐘".repeat(200));
		assertFieldError(create(author, "🐘".repeat(201), "body"), "BAD_USER_INPUT", "title");
		assertFieldError(create(author, "   ", " \n "), "BAD_USER_INPUT", "title", "body");
		assertFieldError(create(author, "ok", "x".repeat(100_001)), "BAD_USER_INPUT", "body");
	}

	@Test
	void shouldUpdateOwnPostWithTheVersionItRead() {
		SignedIn author = accounts.user("editor");
		GraphQlTester.Response created = create(author, "Draft", "First body");
		String id = created.path("createPost.id").entity(String.class).get();
		int version = created.path("createPost.version").entity(Integer.class).get();

		GraphQlTester.Response updated = update(author, id, version, "Final", null);
		updated.path("updatePost.title").entity(String.class).isEqualTo("Final");
		updated.path("updatePost.body").entity(String.class).isEqualTo("First body");
		updated.path("updatePost.version").entity(Integer.class).isEqualTo(version + 1);

		update(author, id, version + 1, null, "New *body*").path("updatePost.bodyHtml")
			.entity(String.class)
			.isEqualTo("<p>New <em>body</em></p>\n");
	}

	@Test
	void shouldAnswerAStaleVersionWithConflictCarryingTheCurrentVersion() {
		SignedIn author = accounts.user("stale");
		GraphQlTester.Response created = create(author, "V", "body");
		String id = created.path("createPost.id").entity(String.class).get();
		int version = created.path("createPost.version").entity(Integer.class).get();
		update(author, id, version, "V2", null).path("updatePost.version").entity(Integer.class).isEqualTo(version + 1);

		update(author, id, version, "Lost?", null).errors()
			.satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
				assertThat(error.getExtensions()).containsEntry("code", "CONFLICT")
					.containsEntry("currentVersion", version + 1);
			}));
		graphQl.documentName("postById")
			.variable("id", id)
			.execute()
			.path("post.title")
			.entity(String.class)
			.isEqualTo("V2");
	}

	@Test
	void shouldLetOnlyTheAuthorEditAPost() {
		SignedIn author = accounts.user("owner");
		SignedIn other = accounts.user("intruder");
		SignedIn admin = accounts.admin("admin");
		GraphQlTester.Response created = create(author, "Mine", "body");
		String id = created.path("createPost.id").entity(String.class).get();
		int version = created.path("createPost.version").entity(Integer.class).get();

		assertSingleError(update(other, id, version, "Theirs", null), "FORBIDDEN", ErrorType.FORBIDDEN);
		assertSingleError(update(admin, id, version, "Admin's", null), "FORBIDDEN", ErrorType.FORBIDDEN);
		assertSingleError(graphQl.documentName("updatePost")
			.variable("input", Map.of("id", id, "version", version, "title", "x"))
			.execute(), "UNAUTHENTICATED", ErrorType.UNAUTHORIZED);
		assertSingleError(update(author, TestData.postId(Long.MAX_VALUE), 0, "x", null), "NOT_FOUND",
				ErrorType.NOT_FOUND);
		assertFieldError(update(author, id, version, "t".repeat(201), " \n "), "BAD_USER_INPUT", "title", "body");
	}

	@Test
	void shouldLetTheAuthorOrAnAdminDeleteAPost() {
		SignedIn author = accounts.user("deleter");
		SignedIn other = accounts.user("bystander");
		SignedIn admin = accounts.admin("janitor");
		String first = create(author, "One", "body").path("createPost.id").entity(String.class).get();
		String second = create(author, "Two", "body").path("createPost.id").entity(String.class).get();

		assertSingleError(delete(other, first), "FORBIDDEN", ErrorType.FORBIDDEN);
		assertSingleError(graphQl.documentName("deletePost").variable("id", first).execute(), "UNAUTHENTICATED",
				ErrorType.UNAUTHORIZED);
		delete(author, first).path("deletePost.deletedId").entity(String.class).isEqualTo(first);
		delete(admin, second).path("deletePost.deletedId").entity(String.class).isEqualTo(second);

		graphQl.documentName("postById").variable("id", first).execute().path("post").valueIsNull();
		assertSingleError(delete(author, first), "NOT_FOUND", ErrorType.NOT_FOUND);
	}

	/**
	 * Every thread read the same version; the database lets exactly one of their updates
	 * through.
	 */
	@Test
	void shouldLetExactlyOneOfConcurrentUpdatesFromTheSameVersionWin() throws Exception {
		SignedIn author = accounts.user("racer");
		GraphQlTester.Response created = create(author, "Race", "body");
		String id = created.path("createPost.id").entity(String.class).get();
		int version = created.path("createPost.version").entity(Integer.class).get();
		int threads = 8;
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			List<Future<List<ResponseError>>> results = new ArrayList<>();
			for (int i = 0; i < threads; i++) {
				String title = "Racer " + i;
				Callable<List<ResponseError>> attempt = () -> {
					start.await();
					List<ResponseError> errors = new ArrayList<>();
					update(author, id, version, title, null).errors().satisfy(errors::addAll);
					return errors;
				};
				results.add(pool.submit(attempt));
			}
			start.countDown();
			int wins = 0;
			int conflicts = 0;
			for (Future<List<ResponseError>> result : results) {
				List<ResponseError> errors = result.get(60, TimeUnit.SECONDS);
				if (errors.isEmpty()) {
					wins++;
				}
				else {
					assertThat(errors).singleElement()
						.satisfies(error -> assertThat(error.getExtensions()).containsEntry("code", "CONFLICT")
							.containsEntry("currentVersion", version + 1));
					conflicts++;
				}
			}
			assertThat(wins).isEqualTo(1);
			assertThat(conflicts).isEqualTo(threads - 1);
			assertThat(data.jdbc()
				.queryForObject("select version from post where id = ?", Integer.class,
						dev.inkwell.relay.GlobalId.decode(id, "Post", "id")))
				.isEqualTo(version + 1);
		}
		finally {
			pool.shutdownNow();
		}
	}

	private GraphQlTester.Response create(SignedIn author, String title, String body) {
		return Accounts.as(graphQl, author.token())
			.documentName("createPost")
			.variable("title", title)
			.variable("body", body)
			.execute();
	}

	private GraphQlTester.Response update(SignedIn author, String id, int version, String title, String body) {
		Map<String, Object> input = new HashMap<>(Map.of("id", id, "version", version));
		if (title != null) {
			input.put("title", title);
		}
		if (body != null) {
			input.put("body", body);
		}
		return Accounts.as(graphQl, author.token()).documentName("updatePost").variable("input", input).execute();
	}

	private GraphQlTester.Response delete(SignedIn author, String id) {
		return Accounts.as(graphQl, author.token()).documentName("deletePost").variable("id", id).execute();
	}

}
