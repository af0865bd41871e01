package dev.inkwell.account;

import java.net.URI;

import dev.inkwell.InkwellApplication;
import dev.inkwell.database.EmbeddedPostgresServer;
import dev.inkwell.support.Accounts;
import dev.inkwell.support.Accounts.SignedIn;
import dev.inkwell.support.InkwellIntegrationTest;
import dev.inkwell.support.TestData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static dev.inkwell.support.Errors.assertSingleError;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sign-in and reset-request limits hold for two instances together: the test's own
 * server (A) and a second one (B) on the same database take turns, and the attempt past
 * the limit is refused whichever instance it reaches (ADR 038).
 */
@InkwellIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SharedRateLimitIntegrationTests {

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	Accounts accounts;

	@Autowired
	TestData data;

	@Autowired
	EmbeddedPostgresServer database;

	private ConfigurableApplicationContext other;

	private HttpGraphQlTester a;

	private HttpGraphQlTester b;

	@BeforeAll
	void startTheOtherInstance() {
		other = new SpringApplicationBuilder(InkwellApplication.class).run("--server.port=0",
				"--spring.datasource.url=" + database.jdbcUrl("postgres"),
				"--spring.datasource.username=" + database.username(), "--inkwell.paging.max-first=7");
		a = graphQl;
		// A URI, not a String: the test's client has a URI builder of its own, which a
		// base
		// URL (what url(String) sets) would not replace.
		b = graphQl.mutate()
			.url(URI.create("http://localhost:" + other.getEnvironment().getProperty("local.server.port") + "/graphql"))
			.build();
	}

	/** B answers as B: it alone refuses a page of 8 (its max-first is 7). */
	@Test
	void shouldTalkToTwoDifferentInstances() {
		a.document("{ posts(first: 8) { edges { cursor } } }").execute().path("posts.edges").hasValue();
		assertSingleError(b.document("{ posts(first: 8) { edges { cursor } } }").execute(), "BAD_USER_INPUT",
				ErrorType.BAD_REQUEST);
	}

	@AfterAll
	void stopTheOtherInstance() {
		if (other != null) {
			other.close();
		}
	}

	@Test
	void shouldRefuseTheSixthFailedSignInWhicheverInstancesTheFirstFiveReached() {
		SignedIn author = accounts.user("shared_limit");
		HttpGraphQlTester[] turns = { a, b, a, b, b };
		for (int attempt = 0; attempt < turns.length; attempt++) {
			assertSingleError(login(turns[attempt], author.username(), "guess " + attempt), "UNAUTHENTICATED",
					ErrorType.UNAUTHORIZED);
		}

		for (HttpGraphQlTester instance : new HttpGraphQlTester[] { a, b }) {
			assertRateLimited(login(instance, author.username(), Accounts.PASSWORD));
		}
	}

	@Test
	void shouldLimitResetRequestsForOneAddressAcrossInstances() {
		String address = TestData.unique("limited") + "@mail.test";
		HttpGraphQlTester[] turns = { b, a, b };
		for (HttpGraphQlTester instance : turns) {
			requestReset(instance, address).path("requestPasswordReset").entity(Boolean.class).isEqualTo(true);
		}

		assertRateLimited(requestReset(a, address));
		assertRateLimited(requestReset(b, address));
		// Another address is not affected.
		requestReset(a, TestData.unique("free") + "@mail.test").path("requestPasswordReset")
			.entity(Boolean.class)
			.isEqualTo(true);
	}

	@Test
	void shouldLimitResetRequestsFromOneClientAcrossInstances() {
		data.jdbc().update("delete from rate_limit where name = 'reset-per-client'");
		for (int request = 0; request < 10; request++) {
			requestReset(request % 2 == 0 ? a : b, TestData.unique("client") + "@mail.test")
				.path("requestPasswordReset")
				.entity(Boolean.class)
				.isEqualTo(true);
		}

		assertRateLimited(requestReset(b, TestData.unique("client") + "@mail.test"));
		assertRateLimited(requestReset(a, TestData.unique("client") + "@mail.test"));
		data.jdbc().update("delete from rate_limit where name = 'reset-per-client'");
	}

	private static void assertRateLimited(GraphQlTester.Response response) {
		response.errors().satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
			assertThat(error.getExtensions()).containsEntry("code", "RATE_LIMITED");
			assertThat(((Number) error.getExtensions().get("retryAfterSeconds")).longValue()).isPositive();
		}));
	}

	private static GraphQlTester.Response login(HttpGraphQlTester on, String name, String password) {
		return on.documentName("login").variable("usernameOrEmail", name).variable("password", password).execute();
	}

	private static GraphQlTester.Response requestReset(HttpGraphQlTester on, String email) {
		return on.documentName("requestPasswordReset").variable("email", email).execute();
	}

}
