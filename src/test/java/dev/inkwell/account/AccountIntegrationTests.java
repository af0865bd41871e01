package dev.inkwell.account;

import java.util.Map;

import dev.inkwell.support.Accounts;
import dev.inkwell.support.Accounts.SignedIn;
import dev.inkwell.support.InkwellIntegrationTest;
import dev.inkwell.support.MailInOutbox;
import dev.inkwell.support.TestData;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static dev.inkwell.support.Errors.assertFieldError;
import static dev.inkwell.support.Errors.assertSingleError;
import static org.assertj.core.api.Assertions.assertThat;

/** Sign-up, sign-in and account changes, as a client sees them. */
@InkwellIntegrationTest
class AccountIntegrationTests {

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	Accounts accounts;

	@Autowired
	TestData data;

	@Autowired
	MailInOutbox mail;

	@Test
	void shouldRegisterAndSignInWithTheReturnedToken() {
		String username = unique("Reg");
		GraphQlTester.Response registered = register(username, username + "@Example.com", "a long enough password",
				" Ada  ");
		registered.path("register.viewer.username").entity(String.class).isEqualTo(username);
		registered.path("register.viewer.displayName").entity(String.class).isEqualTo("Ada");
		registered.path("register.viewer.role").entity(String.class).isEqualTo("USER");
		registered.path("register.viewer.email").entity(String.class).isEqualTo(username + "@Example.com");
		String token = registered.path("register.token").entity(String.class).get();
		String id = registered.path("register.viewer.id").entity(String.class).get();

		Accounts.as(graphQl, token)
			.documentName("viewer")
			.execute()
			.path("viewer.id")
			.entity(String.class)
			.isEqualTo(id)
			.path("viewer.username")
			.entity(String.class)
			.isEqualTo(username);
	}

	@Test
	void shouldStorePasswordsOnlyAsBcryptHashes() {
		String username = unique("hash");
		register(username, username + "@example.com", "a long enough password", null).path("register.token").hasValue();

		String hash = data.jdbc()
			.queryForObject(
					"select password_hash from account join author on author.id = account.author_id where author.username = ?",
					String.class, username);
		assertThat(hash).startsWith("$2").doesNotContain("a long enough password");
	}

	@Test
	void shouldAnswerAnonymousViewerWithNull() {
		graphQl.documentName("viewer").execute().path("viewer").valueIsNull();
	}

	@Test
	void shouldRejectTakenUsernamesAndEmailsWhateverTheirCaseAsConflicts() {
		String username = unique("dup");
		register(username, username + "@example.com", "a long enough password", null).path("register.token").hasValue();

		assertFieldError(
				register(username.toUpperCase(), "other_" + username + "@example.com", "a long enough password", null),
				"CONFLICT", "username");
		assertFieldError(
				register(unique("dup"), username.toUpperCase() + "@EXAMPLE.com", "a long enough password", null),
				"CONFLICT", "email");
	}

	@Test
	void shouldNameEveryInvalidFieldOfARegistration() {
		GraphQlTester.Response response = register("x!", "not-an-email", "short", "a".repeat(101));

		assertFieldError(response, "BAD_USER_INPUT", "username", "email", "password", "displayName");
	}

	@Test
	void shouldCountUsernameLengthsInCharactersNotBytes() {
		// Usernames are ASCII; the 72-byte password limit is bytes (BCrypt), the display
		// name's 100 is characters.
		assertFieldError(register(unique("u"), unique("u") + "@example.com", "é".repeat(37), null), "BAD_USER_INPUT",
				"password");
		String username = unique("emoji");
		register(username, username + "@example.com", "a long enough password", "😀".repeat(100))
			.path("register.viewer.displayName")
			.entity(String.class)
			.isEqualTo("😀".repeat(100));
	}

	@Test
	void shouldSignInByUsernameOrEmailWhateverTheirCase() {
		SignedIn author = accounts.user("login");
		login(author.username().toUpperCase(), Accounts.PASSWORD).path("login.viewer.id")
			.entity(String.class)
			.isEqualTo(author.id());
		login(author.username() + "@EXAMPLE.COM", Accounts.PASSWORD).path("login.token").hasValue();
	}

	@Test
	void shouldRejectWrongPasswordsAndUnknownNamesAsUnauthenticated() {
		SignedIn author = accounts.user("wrongpw");
		assertSingleError(login(author.username(), "not the password"), "UNAUTHENTICATED", ErrorType.UNAUTHORIZED);
		assertSingleError(login(unique("nobody"), "not the password"), "UNAUTHENTICATED", ErrorType.UNAUTHORIZED);
		// An author of the demo data has no account and cannot sign in.
		long demoAuthor = data.author("noacct");
		assertSingleError(login(data.username(demoAuthor), Accounts.PASSWORD), "UNAUTHENTICATED",
				ErrorType.UNAUTHORIZED);
	}

	@Test
	void shouldRateLimitRepeatedFailedSignInsForOneName() {
		SignedIn author = accounts.user("limited");
		for (int attempt = 0; attempt < 5; attempt++) {
			assertSingleError(login(author.username(), "guess " + attempt), "UNAUTHENTICATED", ErrorType.UNAUTHORIZED);
		}
		GraphQlTester.Response limited = login(author.username(), Accounts.PASSWORD);
		limited.errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
			assertThat(error.getExtensions()).containsEntry("code", "RATE_LIMITED");
			assertThat(((Number) error.getExtensions().get("retryAfterSeconds")).longValue()).isPositive();
		}));
		// Other names are not affected.
		SignedIn other = accounts.user("unlimited");
		login(other.username(), Accounts.PASSWORD).path("login.token").hasValue();
	}

	@Test
	void shouldUpdateTheViewersProfile() {
		SignedIn author = accounts.user("profile");
		Accounts.as(graphQl, author.token())
			.documentName("updateProfile")
			.variable("input", Map.of("displayName", "  New Name ", "bio", "Writes about 🐘"))
			.execute()
			.path("updateProfile.id")
			.entity(String.class)
			.isEqualTo(author.id())
			.path("updateProfile.displayName")
			.entity(String.class)
			.isEqualTo("New Name")
			.path("updateProfile.bio")
			.entity(String.class)
			.isEqualTo("Writes about 🐘");

		Accounts.as(graphQl, author.token())
			.documentName("updateProfile")
			.variable("input", Map.of("bio", ""))
			.execute()
			.path("updateProfile.displayName")
			.entity(String.class)
			.isEqualTo("New Name")
			.path("updateProfile.bio")
			.valueIsNull();

		assertFieldError(Accounts.as(graphQl, author.token())
			.documentName("updateProfile")
			.variable("input", Map.of("bio", "b".repeat(2001)))
			.execute(), "BAD_USER_INPUT", "bio");
		assertSingleError(graphQl.documentName("updateProfile").variable("input", Map.of("bio", "x")).execute(),
				"UNAUTHENTICATED", ErrorType.UNAUTHORIZED);
	}

	/**
	 * Since issue 29 the address changes only when the new one confirms: changeEmail
	 * answers the author unchanged, and the confirmation mail (in mail_outbox on a server
	 * without SMTP) carries the token that makes the change.
	 */
	@Test
	void shouldChangeEmailWithTheCurrentPasswordOnlyToAFreeAddress() {
		SignedIn author = accounts.user("email");
		SignedIn other = accounts.user("email");
		HttpGraphQlTester asAuthor = Accounts.as(graphQl, author.token());
		String newEmail = "new_" + author.username() + "@example.com";

		assertSingleError(asAuthor.documentName("changeEmail")
			.variable("email", newEmail)
			.variable("currentPassword", "wrong")
			.execute(), "UNAUTHENTICATED", ErrorType.UNAUTHORIZED);
		assertFieldError(asAuthor.documentName("changeEmail")
			.variable("email", other.username().toUpperCase() + "@example.com")
			.variable("currentPassword", Accounts.PASSWORD)
			.execute(), "CONFLICT", "email");
		assertFieldError(asAuthor.documentName("changeEmail")
			.variable("email", "nope")
			.variable("currentPassword", Accounts.PASSWORD)
			.execute(), "BAD_USER_INPUT", "email");

		asAuthor.documentName("changeEmail")
			.variable("email", newEmail)
			.variable("currentPassword", Accounts.PASSWORD)
			.execute()
			.path("changeEmail.email")
			.entity(String.class)
			.isEqualTo(author.username() + "@example.com");
		assertSingleError(login(newEmail, Accounts.PASSWORD), "UNAUTHENTICATED", ErrorType.UNAUTHORIZED);

		graphQl.documentName("confirmEmail")
			.variable("token", mail.token(newEmail, "confirm-new-email"))
			.execute()
			.path("confirmEmail.email")
			.entity(String.class)
			.isEqualTo(newEmail);
		login(newEmail, Accounts.PASSWORD).path("login.viewer.id").entity(String.class).isEqualTo(author.id());
	}

	@Test
	void shouldShowAnEmailAddressOnlyToItsOwner() {
		SignedIn author = accounts.user("private");
		SignedIn reader = accounts.user("reader");

		graphQl.documentName("authorEmailAndRole")
			.variable("id", author.id())
			.execute()
			.path("author.email")
			.valueIsNull();
		Accounts.as(graphQl, reader.token())
			.documentName("authorEmailAndRole")
			.variable("id", author.id())
			.execute()
			.path("author.email")
			.valueIsNull();
		Accounts.as(graphQl, author.token())
			.documentName("authorEmailAndRole")
			.variable("id", author.id())
			.execute()
			.path("author.email")
			.entity(String.class)
			.isEqualTo(author.username() + "@example.com");
	}

	@Test
	void shouldChangePasswordWithTheCurrentOne() {
		SignedIn author = accounts.user("passwd");
		HttpGraphQlTester asAuthor = Accounts.as(graphQl, author.token());

		assertSingleError(asAuthor.documentName("changePassword")
			.variable("currentPassword", "wrong")
			.variable("newPassword", "another long password")
			.execute(), "UNAUTHENTICATED", ErrorType.UNAUTHORIZED);
		assertFieldError(asAuthor.documentName("changePassword")
			.variable("currentPassword", Accounts.PASSWORD)
			.variable("newPassword", "short")
			.execute(), "BAD_USER_INPUT", "newPassword");

		asAuthor.documentName("changePassword")
			.variable("currentPassword", Accounts.PASSWORD)
			.variable("newPassword", "another long password")
			.execute()
			.path("changePassword.id")
			.entity(String.class)
			.isEqualTo(author.id());
		login(author.username(), "another long password").path("login.token").hasValue();
		assertSingleError(login(author.username(), Accounts.PASSWORD), "UNAUTHENTICATED", ErrorType.UNAUTHORIZED);
	}

	@Test
	void shouldLetOnlyAdminsSetRoles() {
		SignedIn user = accounts.user("roleuser");
		SignedIn moderator = accounts.withRole("rolemod", "MODERATOR");
		SignedIn admin = accounts.admin("roleadmin");
		SignedIn target = accounts.user("roletarget");

		assertSingleError(
				graphQl.documentName("setRole").variable("authorId", target.id()).variable("role", "ADMIN").execute(),
				"UNAUTHENTICATED", ErrorType.UNAUTHORIZED);
		assertSingleError(Accounts.as(graphQl, user.token())
			.documentName("setRole")
			.variable("authorId", user.id())
			.variable("role", "ADMIN")
			.execute(), "FORBIDDEN", ErrorType.FORBIDDEN);
		assertSingleError(Accounts.as(graphQl, moderator.token())
			.documentName("setRole")
			.variable("authorId", target.id())
			.variable("role", "MODERATOR")
			.execute(), "FORBIDDEN", ErrorType.FORBIDDEN);

		Accounts.as(graphQl, admin.token())
			.documentName("setRole")
			.variable("authorId", target.id())
			.variable("role", "MODERATOR")
			.execute()
			.path("setRole.role")
			.entity(String.class)
			.isEqualTo("MODERATOR");
		graphQl.documentName("authorEmailAndRole")
			.variable("id", target.id())
			.execute()
			.path("author.role")
			.entity(String.class)
			.isEqualTo("MODERATOR");
	}

	@Test
	void shouldTakeARoleChangeIntoAccountAtOnce() {
		SignedIn admin = accounts.admin("demoted");
		SignedIn target = accounts.user("victim");
		SignedIn other = accounts.admin("demoter");
		Accounts.as(graphQl, other.token())
			.documentName("setRole")
			.variable("authorId", admin.id())
			.variable("role", "USER")
			.execute()
			.path("setRole.role")
			.entity(String.class)
			.isEqualTo("USER");

		// The demoted admin's token is still valid, but their role is read from the
		// database.
		assertSingleError(Accounts.as(graphQl, admin.token())
			.documentName("setRole")
			.variable("authorId", target.id())
			.variable("role", "ADMIN")
			.execute(), "FORBIDDEN", ErrorType.FORBIDDEN);
	}

	@Test
	void shouldAnswerNotFoundForARoleOfAnAuthorWithoutAccount() {
		SignedIn admin = accounts.admin("roleadm");
		long withoutAccount = data.author("noaccount");

		GraphQlTester.Response response = Accounts.as(graphQl, admin.token())
			.documentName("setRole")
			.variable("authorId", TestData.authorId(withoutAccount))
			.variable("role", "ADMIN")
			.execute();

		assertSingleError(response, "NOT_FOUND", ErrorType.NOT_FOUND);
	}

	private GraphQlTester.Response register(String username, String email, String password, String displayName) {
		Map<String, Object> input = new java.util.HashMap<>(
				Map.of("username", username, "email", email, "password", password));
		input.put("displayName", displayName);
		return graphQl.documentName("register").variable("input", input).execute();
	}

	private GraphQlTester.Response login(String usernameOrEmail, String password) {
		return graphQl.documentName("login")
			.variable("usernameOrEmail", usernameOrEmail)
			.variable("password", password)
			.execute();
	}

	private static String unique(String prefix) {
		return prefix + "_" + Long.toString(System.nanoTime(), 36);
	}

}
