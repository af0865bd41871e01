package dev.inkwell.relay;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import dev.inkwell.support.GlobalIdsForTests;
import dev.inkwell.support.InkwellIntegrationTest;
import dev.inkwell.support.TestData;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Global IDs are opaque and round-trip: whatever a field returns as an ID, node(id:)
 * finds again.
 */
@InkwellIntegrationTest
class NodeIntegrationTests {

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	TestData data;

	@Test
	void shouldFindAPostAndItsAuthorAgainByTheirIds() {
		long author = data.author("node");
		long post = data.post(author, "Round trip", OffsetDateTime.of(2100, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC));

		String postId = graphQl.documentName("postById")
			.variable("id", TestData.postId(post))
			.execute()
			.path("post.title")
			.entity(String.class)
			.isEqualTo("Round trip")
			.path("post.id")
			.entity(String.class)
			.get();
		String authorId = graphQl.documentName("nodeById")
			.variable("id", postId)
			.execute()
			.path("node.__typename")
			.entity(String.class)
			.isEqualTo("Post")
			.path("node.id")
			.entity(String.class)
			.isEqualTo(postId)
			.path("node.author.id")
			.entity(String.class)
			.get();

		graphQl.documentName("nodeById")
			.variable("id", authorId)
			.execute()
			.path("node.__typename")
			.entity(String.class)
			.isEqualTo("Author")
			.path("node.id")
			.entity(String.class)
			.isEqualTo(authorId)
			.path("node.username")
			.entity(String.class)
			.isEqualTo(data.username(author));
	}

	@Test
	void shouldNotExposeRowIdsInGlobalIds() {
		long author = data.author("opaque");

		String id = graphQl.documentName("authorByUsername")
			.variable("username", data.username(author).toUpperCase())
			.execute()
			.path("author.id")
			.entity(String.class)
			.get();

		assertThat(id).isNotEqualTo(String.valueOf(author)).doesNotContain(":");
	}

	@Test
	void shouldAnswerNullForAnIdThatNamesNothing() {
		graphQl.documentName("nodeById")
			.variable("id", TestData.postId(Long.MAX_VALUE))
			.execute()
			.path("node")
			.valueIsNull();
		graphQl.documentName("postById")
			.variable("id", TestData.postId(Long.MAX_VALUE))
			.execute()
			.path("post")
			.valueIsNull();
	}

	@Test
	void shouldRejectAMalformedIdAsBadUserInput() {
		for (String malformed : new String[] { "42", "not base64!", GlobalIdsForTests.encodeRaw("Post:abc"),
				GlobalIdsForTests.encodeRaw("Comet:1"), "" }) {
			graphQl.documentName("nodeById")
				.variable("id", malformed)
				.execute()
				.errors()
				.expect(error -> error.getErrorType() == ErrorType.BAD_REQUEST
						&& "BAD_USER_INPUT".equals(error.getExtensions().get("code"))
						&& "id".equals(error.getExtensions().get("argument")) && error.getPath().equals("node"))
				.verify()
				.path("node")
				.valueIsNull();
		}
	}

	@Test
	void shouldRejectTheIdOfAnotherTypeAsBadUserInput() {
		long author = data.author("wrongtype");

		graphQl.documentName("postById")
			.variable("id", TestData.authorId(author))
			.execute()
			.errors()
			.expect(error -> error.getErrorType() == ErrorType.BAD_REQUEST && error.getPath().equals("post"))
			.verify();
	}

}
