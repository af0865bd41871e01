package dev.inkwell.support;

import java.time.Duration;
import java.time.Instant;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;

/**
 * Signed-in authors for tests: an author row and an account row arranged with SQL, and a
 * token minted with the server's own key, as login would mint it. Also mints tokens login
 * never would (expired ones).
 */
@TestConfiguration(proxyBeanMethods = false)
public class Accounts {

	/** Every account arranged here has this password. */
	public static final String PASSWORD = "correct horse battery staple";

	private final TestData data;

	private final JwtEncoder jwt;

	private final String passwordHash;

	public Accounts(TestData data, JwtEncoder jwt, PasswordEncoder passwords) {
		this.data = data;
		this.jwt = jwt;
		this.passwordHash = passwords.encode(PASSWORD);
	}

	/** A new author with an account of role USER, signed in. */
	public SignedIn user(String prefix) {
		return withRole(prefix, "USER");
	}

	public SignedIn admin(String prefix) {
		return withRole(prefix, "ADMIN");
	}

	public SignedIn withRole(String prefix, String role) {
		long authorId = data.author(prefix);
		data.jdbc()
			.update("insert into account (author_id, password_hash, role) values (?, ?, ?)", authorId, passwordHash,
					role);
		return new SignedIn(authorId, data.username(authorId), token(authorId, Duration.ofHours(1)));
	}

	/**
	 * A token like the server's, valid for {@code validFor} from now (negative: expired
	 * that long ago).
	 */
	public String token(long authorId, Duration validFor) {
		Instant now = Instant.now();
		JwtClaimsSet claims = JwtClaimsSet.builder()
			.issuer("inkwell")
			.subject(Long.toString(authorId))
			.issuedAt(now.minus(Duration.ofHours(2)))
			.expiresAt(now.plus(validFor))
			.build();
		return jwt.encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(), claims))
			.getTokenValue();
	}

	/** {@code follower} follows {@code followed} since {@code at}, arranged with SQL. */
	public void follow(long follower, long followed, java.time.OffsetDateTime at) {
		data.jdbc()
			.update("insert into follow (follower_id, followed_id, created_at) values (?, ?, ?)", follower, followed,
					at);
	}

	/**
	 * The account goes (its author stays): the author's tokens are still signed, but name
	 * no account.
	 */
	public void deleteAccount(long authorId) {
		data.jdbc().update("delete from account where author_id = ?", authorId);
	}

	/** A tester that sends the author's token as {@code Authorization: Bearer …}. */
	public static HttpGraphQlTester as(HttpGraphQlTester graphQl, String token) {
		return graphQl.mutate().header("Authorization", "Bearer " + token).build();
	}

	/** An author with an account and a valid token. */
	public record SignedIn(long authorId, String username, String token) {

		public String id() {
			return TestData.authorId(authorId);
		}

	}

}
