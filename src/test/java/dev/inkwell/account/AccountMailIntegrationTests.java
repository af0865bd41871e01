package dev.inkwell.account;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import dev.inkwell.InkwellApplication;
import dev.inkwell.mail.SmtpServer;
import dev.inkwell.mail.SmtpServer.Received;
import dev.inkwell.support.FreshDatabases;
import dev.inkwell.support.InkwellIntegrationTest;
import dev.inkwell.support.MailInOutbox;
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
import org.springframework.jdbc.core.JdbcTemplate;

import static dev.inkwell.support.Errors.assertSingleError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The mail flows end to end against a real SMTP server (GreenMail in this JVM): two
 * server instances, A and B, on one fresh database, both sending the outbox's mail to it;
 * B also requires confirmed addresses for writes. Each flow reads its token out of the
 * received mail, as a person would.
 */
@InkwellIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccountMailIntegrationTests {

	private static final String PASSWORD = "a long enough password";

	private static final String NEW_PASSWORD = "another long password";

	@Autowired
	FreshDatabases databases;

	@Autowired
	HttpGraphQlTester graphQl;

	private SmtpServer smtp;

	private ConfigurableApplicationContext instanceA;

	private ConfigurableApplicationContext instanceB;

	private HttpGraphQlTester a;

	private HttpGraphQlTester b;

	private JdbcTemplate jdbc;

	private record Registered(String username, String email, String token, String id) {
	}

	@BeforeAll
	void startSmtpAndTwoInstances() {
		smtp = new SmtpServer();
		String url = databases.create("mail");
		instanceA = start(url, "--inkwell.accounts.require-confirmed-email=false");
		instanceB = start(url, "--inkwell.accounts.require-confirmed-email=true");
		a = on(instanceA);
		b = on(instanceB);
		jdbc = instanceA.getBean(JdbcTemplate.class);
		assertThat(jdbc.queryForObject("select current_database()", String.class)).as(url).startsWith("mail_");
	}

	@AfterAll
	void stopAll() {
		for (ConfigurableApplicationContext instance : new ConfigurableApplicationContext[] { instanceA, instanceB }) {
			if (instance != null) {
				instance.close();
			}
		}
		if (smtp != null) {
			smtp.close();
		}
	}

	@Test
	void shouldConfirmTheAddressOfASignUpWithTheTokenFromTheMail() {
		Registered author = register(a, "signup");
		emailConfirmed(a, author.token()).isEqualTo(false);

		String token = tokenOf(smtp.awaitMail(author.email(), "Confirm your email address"));
		confirm(a, token).path("confirmEmail.emailConfirmed").entity(Boolean.class).isEqualTo(true);

		emailConfirmed(a, author.token()).isEqualTo(true);
		assertSingleError(confirm(a, token), "INVALID_TOKEN", ErrorType.BAD_REQUEST);
	}

	@Test
	void shouldChangeTheAddressOnlyOnceTheNewOneConfirms() {
		Registered author = register(a, "change");
		String newEmail = "new_" + author.email();

		as(a, author.token()).documentName("changeEmail")
			.variable("email", newEmail)
			.variable("currentPassword", PASSWORD)
			.execute()
			.path("changeEmail.email")
			.entity(String.class)
			.isEqualTo(author.email());
		Received notice = smtp.awaitMail(author.email(), "Your Inkwell address is about to change");
		assertThat(notice.text()).contains(newEmail);
		String token = tokenOf(smtp.awaitMail(newEmail, "Confirm your new email address"));
		assertSingleError(login(a, newEmail, PASSWORD), "UNAUTHENTICATED", ErrorType.UNAUTHORIZED);

		confirm(a, token).path("confirmEmail.email")
			.entity(String.class)
			.isEqualTo(newEmail)
			.path("confirmEmail.emailConfirmed")
			.entity(Boolean.class)
			.isEqualTo(true);
		login(a, newEmail, PASSWORD).path("login.viewer.id").entity(String.class).isEqualTo(author.id());
		// The sign-up link was for the old address: it confirms nothing now.
		String signUp = tokenOf(smtp.awaitMail(author.email(), "Confirm your email address"));
		assertSingleError(confirm(a, signUp), "INVALID_TOKEN", ErrorType.BAD_REQUEST);
	}

	@Test
	void shouldResetAForgottenPasswordAndEndEveryEarlierBearerToken() {
		Registered author = register(a, "reset");
		String signedIn = login(a, author.username(), PASSWORD).path("login.token").entity(String.class).get();

		requestReset(a, author.email()).entity(Boolean.class).isEqualTo(true);
		String token = tokenOf(smtp.awaitMail(author.email(), "Reset your Inkwell password"));
		GraphQlTester.Response reset = reset(a, token, NEW_PASSWORD);
		String fresh = reset.path("resetPassword.token").entity(String.class).get();
		reset.path("resetPassword.viewer.emailConfirmed").entity(Boolean.class).isEqualTo(true);

		for (String old : List.of(author.token(), signedIn)) {
			// At once on the instance that reset it, within its poll interval (1 s) on
			// the other.
			assertSingleError(as(a, old).documentName("viewer").execute(), "UNAUTHENTICATED", ErrorType.UNAUTHORIZED);
			assertEndedOn(b, old);
		}
		as(b, fresh).documentName("viewer").execute().path("viewer.id").entity(String.class).isEqualTo(author.id());
		assertSingleError(login(a, author.username(), PASSWORD), "UNAUTHENTICATED", ErrorType.UNAUTHORIZED);
		login(a, author.username(), NEW_PASSWORD).path("login.token").hasValue();
		assertSingleError(reset(a, token, "yet another password"), "INVALID_TOKEN", ErrorType.BAD_REQUEST);
	}

	@Test
	void shouldEndEveryEarlierBearerTokenOnAPasswordChange() {
		Registered author = register(a, "passwd");
		as(a, author.token()).documentName("changePassword")
			.variable("currentPassword", PASSWORD)
			.variable("newPassword", NEW_PASSWORD)
			.execute()
			.path("changePassword.id")
			.entity(String.class)
			.isEqualTo(author.id());

		assertSingleError(as(a, author.token()).documentName("viewer").execute(), "UNAUTHENTICATED",
				ErrorType.UNAUTHORIZED);
		assertEndedOn(b, author.token());
		String fresh = login(b, author.username(), NEW_PASSWORD).path("login.token").entity(String.class).get();
		as(a, fresh).documentName("viewer").execute().path("viewer.id").entity(String.class).isEqualTo(author.id());
	}

	@Test
	void shouldRefuseExpiredReusedAndCrossPurposeTokens() {
		Registered author = register(a, "refuse");
		String confirmation = tokenOf(smtp.awaitMail(author.email(), "Confirm your email address"));
		requestReset(a, author.email()).entity(Boolean.class).isEqualTo(true);
		String reset = tokenOf(smtp.awaitMail(author.email(), "Reset your Inkwell password"));

		assertSingleError(reset(a, confirmation, NEW_PASSWORD), "INVALID_TOKEN", ErrorType.BAD_REQUEST);
		assertSingleError(confirm(a, reset), "INVALID_TOKEN", ErrorType.BAD_REQUEST);
		assertSingleError(confirm(a, "not-a-token"), "INVALID_TOKEN", ErrorType.BAD_REQUEST);

		jdbc.update("""
				update account_token set created_at = now() - interval '2 hours', expires_at = now() - interval '1 hour'
				where purpose = 'RESET_PASSWORD'
				  and author_id = (select id from author where username = ?)""", author.username());
		assertSingleError(reset(a, reset, NEW_PASSWORD), "INVALID_TOKEN", ErrorType.BAD_REQUEST);

		// Refused tokens were not used up: the confirmation still works, once.
		confirm(a, confirmation).path("confirmEmail.emailConfirmed").entity(Boolean.class).isEqualTo(true);
		assertSingleError(confirm(a, confirmation), "INVALID_TOKEN", ErrorType.BAD_REQUEST);
	}

	@Test
	void shouldAnswerTheSameForAnUnknownAddressAndSendItNothing() {
		String unknown = TestData.unique("nobody") + "@mail.test";
		Registered known = register(a, "known");

		requestReset(a, unknown).entity(Boolean.class).isEqualTo(true);
		requestReset(a, known.email()).entity(Boolean.class).isEqualTo(true);

		smtp.awaitMail(known.email(), "Reset your Inkwell password");
		assertThat(smtp.to(unknown)).isEmpty();
		assertThat(jdbc.queryForObject("select count(*) from mail_outbox where recipient = ?", Integer.class, unknown))
			.isZero();
	}

	@Test
	void shouldRefuseWritesOfAnUnconfirmedAccountWhenConfirmedAddressesAreRequired() {
		Registered author = register(b, "strict");

		assertSingleError(createPost(b, author.token()), "EMAIL_NOT_CONFIRMED", ErrorType.FORBIDDEN);
		createPost(a, author.token()).path("createPost.id").hasValue();
		as(b, author.token()).documentName("requestEmailConfirmation")
			.execute()
			.path("requestEmailConfirmation")
			.entity(Boolean.class)
			.isEqualTo(true);

		confirm(b, tokenOf(smtp.awaitMail(author.email(), "Confirm your email address"))).path("confirmEmail.id")
			.entity(String.class)
			.isEqualTo(author.id());
		createPost(b, author.token()).path("createPost.id").hasValue();
		as(b, author.token()).documentName("requestEmailConfirmation")
			.execute()
			.path("requestEmailConfirmation")
			.entity(Boolean.class)
			.isEqualTo(false);
	}

	@Test
	void shouldSendMailWrittenWhileTheSmtpServerWasDownOnceItIsBack() {
		Registered author = register(a, "outage");
		smtp.awaitMail(author.email(), "Confirm your email address");
		smtp.stop();
		try {
			requestReset(a, author.email()).entity(Boolean.class).isEqualTo(true);
			await().atMost(Duration.ofSeconds(90))
				.untilAsserted(() -> assertThat(jdbc.queryForMap("""
						select status, attempts, last_error is not null as has_error from mail_outbox
						where recipient = ? and kind = 'reset-password'""", author.email()))
					.containsEntry("status", "PENDING")
					.containsEntry("has_error", true)
					.hasEntrySatisfying("attempts", (attempts) -> assertThat((Integer) attempts).isPositive()));
		}
		finally {
			smtp.start();
		}

		smtp.awaitMail(author.email(), "Reset your Inkwell password");
		await().atMost(Duration.ofSeconds(90))
			.untilAsserted(() -> assertThat(jdbc.queryForMap("""
					select status, body_text is null as cleared from mail_outbox
					where recipient = ? and kind = 'reset-password'""", author.email())).containsEntry("status", "SENT")
				.containsEntry("cleared", true));
		assertThat(smtp.to(author.email())).filteredOn((mail) -> mail.subject().startsWith("Reset")).hasSize(1);
	}

	@Test
	void shouldSendEachMailOnceWithTwoSendersOnOneDatabase() throws InterruptedException {
		String recipient = TestData.unique("many") + "@mail.test";
		jdbc.update(
				"""
						insert into mail_outbox (kind, recipient, subject, body_text, body_html)
						select 'test', ?, 'Mail ' || n, 'Body ' || n, '<p>Body ' || n || '</p>' from generate_series(1, 40) n""",
				recipient);

		await().atMost(Duration.ofSeconds(120))
			.until(() -> jdbc.queryForObject(
					"select count(*) from mail_outbox where recipient = ? and status = 'SENT' and attempts = 1",
					Integer.class, recipient) == 40);
		// Anything sent twice would have arrived by now: each sender polls every 200 ms.
		Thread.sleep(1_000);
		List<String> subjects = smtp.to(recipient).stream().map(Received::subject).toList();
		assertThat(subjects).hasSize(40).doesNotHaveDuplicates();
	}

	private ConfigurableApplicationContext start(String url, String... more) {
		List<String> args = new java.util.ArrayList<>(List.of("--server.port=0", "--spring.datasource.url=" + url,
				"--spring.datasource.username=" + databases.username(), "--spring.mail.host=127.0.0.1",
				"--spring.mail.port=" + smtp.port(), "--inkwell.mail.poll-interval=200ms",
				"--inkwell.mail.retry-backoff=200ms", "--inkwell.accounts.mail-requests-per-address=1000",
				"--inkwell.accounts.reset-requests-per-client=1000",
				// A loaded machine (builds side by side) must not fail what this tests.
				"--inkwell.graphql.http.request-timeout=60s", "--spring.mail.properties.mail.smtp.timeout=30000"));
		args.addAll(List.of(more));
		return new SpringApplicationBuilder(InkwellApplication.class).run(args.toArray(String[]::new));
	}

	private HttpGraphQlTester on(ConfigurableApplicationContext instance) {
		return graphQl.mutate()
			// A URI, not a String: the test's client has a URI builder of its own, which
			// a
			// base URL (what url(String) sets) would not replace.
			.url(URI
				.create("http://localhost:" + instance.getEnvironment().getProperty("local.server.port") + "/graphql"))
			.webTestClient((client) -> client.responseTimeout(Duration.ofSeconds(90)))
			.responseTimeout(Duration.ofSeconds(90))
			.build();
	}

	private static HttpGraphQlTester as(HttpGraphQlTester on, String token) {
		return on.mutate().header("Authorization", "Bearer " + token).build();
	}

	private static Registered register(HttpGraphQlTester on, String prefix) {
		String username = TestData.unique(prefix);
		String email = username + "@mail.test";
		GraphQlTester.Response response = on.documentName("register")
			.variable("input", Map.of("username", username, "email", email, "password", PASSWORD))
			.execute();
		return new Registered(username, email, response.path("register.token").entity(String.class).get(),
				response.path("register.viewer.id").entity(String.class).get());
	}

	private static GraphQlTester.Response login(HttpGraphQlTester on, String name, String password) {
		return on.documentName("login").variable("usernameOrEmail", name).variable("password", password).execute();
	}

	private static GraphQlTester.Response confirm(HttpGraphQlTester on, String token) {
		return on.documentName("confirmEmail").variable("token", token).execute();
	}

	private static GraphQlTester.Response reset(HttpGraphQlTester on, String token, String newPassword) {
		return on.documentName("resetPassword").variable("token", token).variable("newPassword", newPassword).execute();
	}

	private static GraphQlTester.Path requestReset(HttpGraphQlTester on, String email) {
		return on.documentName("requestPasswordReset").variable("email", email).execute().path("requestPasswordReset");
	}

	private static GraphQlTester.Entity<Boolean, ?> emailConfirmed(HttpGraphQlTester on, String token) {
		return as(on, token).documentName("viewerEmail").execute().path("viewer.emailConfirmed").entity(Boolean.class);
	}

	private static GraphQlTester.Response createPost(HttpGraphQlTester on, String token) {
		return as(on, token).documentName("createPost").variable("title", "Mine").variable("body", "Body").execute();
	}

	private static void assertEndedOn(HttpGraphQlTester on, String token) {
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertSingleError(as(on, token).documentName("viewer").execute(), "UNAUTHENTICATED",
					ErrorType.UNAUTHORIZED));
	}

	private static String tokenOf(Received mail) {
		return MailInOutbox.tokenIn(mail.text());
	}

}
