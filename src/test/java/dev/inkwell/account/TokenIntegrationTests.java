package dev.inkwell.account;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import javax.crypto.spec.SecretKeySpec;

import dev.inkwell.support.Accounts;
import dev.inkwell.support.Accounts.SignedIn;
import dev.inkwell.support.InkwellIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.web.client.RestClient;

import static dev.inkwell.support.Errors.assertSingleError;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A bad token is answered with a GraphQL error a client can read; no token keeps reads
 * open.
 */
@InkwellIntegrationTest
class TokenIntegrationTests {

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	Accounts accounts;

	@LocalServerPort
	int port;

	@Test
	void shouldRejectAnExpiredToken() {
		SignedIn author = accounts.user("expired");
		String expired = accounts.token(author.authorId(), Duration.ofMinutes(-5));

		assertSingleError(Accounts.as(graphQl, expired).documentName("viewer").execute(), "UNAUTHENTICATED",
				ErrorType.UNAUTHORIZED);
	}

	@Test
	void shouldAcceptATokenThatIsStillValid() {
		SignedIn author = accounts.user("valid");
		String valid = accounts.token(author.authorId(), Duration.ofMinutes(5));

		Accounts.as(graphQl, valid)
			.documentName("viewer")
			.execute()
			.path("viewer.id")
			.entity(String.class)
			.isEqualTo(author.id());
	}

	@Test
	void shouldRejectATokenWithATamperedSignatureOrClaims() {
		SignedIn author = accounts.user("tampered");
		String[] parts = author.token().split("\\.");
		byte[] signature = Base64.getUrlDecoder().decode(parts[2]);
		signature[0] ^= 1;
		String flippedSignature = parts[0] + "." + parts[1] + "."
				+ Base64.getUrlEncoder().withoutPadding().encodeToString(signature);
		String otherSubject = parts[0] + "." + Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString(("{\"iss\":\"inkwell\",\"sub\":\"1\",\"exp\":4102444800}").getBytes(StandardCharsets.UTF_8))
				+ "." + parts[2];

		for (String token : List.of(flippedSignature, otherSubject, "not.a.jwt", "garbage")) {
			assertSingleError(Accounts.as(graphQl, token).documentName("viewer").execute(), "UNAUTHENTICATED",
					ErrorType.UNAUTHORIZED);
		}
	}

	@Test
	void shouldRejectATokenSignedWithAnotherKeyOrWithoutExpiry() {
		SignedIn author = accounts.user("otherkey");
		var otherKey = new SecretKeySpec(
				"another-secret-another-secret-another-secret".getBytes(StandardCharsets.UTF_8), "HmacSHA256");
		JwtClaimsSet claims = JwtClaimsSet.builder()
			.issuer("inkwell")
			.subject(Long.toString(author.authorId()))
			.expiresAt(java.time.Instant.now().plusSeconds(600))
			.build();
		String forged = NimbusJwtEncoder.withSecretKey(otherKey)
			.algorithm(MacAlgorithm.HS256)
			.build()
			.encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(), claims))
			.getTokenValue();

		assertSingleError(Accounts.as(graphQl, forged).documentName("viewer").execute(), "UNAUTHENTICATED",
				ErrorType.UNAUTHORIZED);
	}

	@Test
	void shouldRejectAnAuthorizationHeaderThatIsNotBearer() {
		HttpGraphQlTester basic = graphQl.mutate().header("Authorization", "Basic dXNlcjpwYXNz").build();

		assertSingleError(basic.documentName("viewer").execute(), "UNAUTHENTICATED", ErrorType.UNAUTHORIZED);
	}

	@Test
	void shouldRejectTheTokenOfADeletedAccountWhenWriting() {
		SignedIn author = accounts.user("deleted");
		accounts.deleteAccount(author.authorId());

		assertSingleError(Accounts.as(graphQl, author.token())
			.documentName("createPost")
			.variable("title", "t")
			.variable("body", "b")
			.execute(), "UNAUTHENTICATED", ErrorType.UNAUTHORIZED);
	}

	/** What any GraphQL client sees: a 200 with a GraphQL body, not an empty 401 page. */
	@Test
	void shouldAnswerABadTokenWithAGraphQlBodyOverPlainHttp() {
		var response = RestClient.create("http://localhost:" + port)
			.post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.accept(MediaType.APPLICATION_JSON)
			.header("Authorization", "Bearer garbage")
			.body(Map.of("query", "{ posts(first: 1) { totalCount } }"))
			.exchange((request, reply) -> Map.entry(reply.getStatusCode().value(), reply.bodyTo(Map.class)));

		assertThat(response.getKey()).isEqualTo(200);
		assertThat(response.getValue()).doesNotContainKey("data");
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> errors = (List<Map<String, Object>>) response.getValue().get("errors");
		assertThat(errors).singleElement()
			.satisfies(error -> assertThat(error.get("extensions"))
				.isEqualTo(Map.of("code", "UNAUTHENTICATED", "classification", "UNAUTHORIZED")));
	}

	@Test
	void shouldKeepAnonymousReadsWorking() {
		graphQl.document("{ posts(first: 1) { totalCount } }").execute().path("posts.totalCount").hasValue();
	}

}
