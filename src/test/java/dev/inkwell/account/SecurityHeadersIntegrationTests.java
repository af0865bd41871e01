package dev.inkwell.account;

import java.util.Map;

import dev.inkwell.support.InkwellIntegrationTest;
import dev.inkwell.support.RawHttp;
import dev.inkwell.support.RawHttp.Response;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The trimmed security chain still does its one job, the security headers on GraphQL
 * answers (POST and GET), and keeps no session.
 */
@InkwellIntegrationTest
class SecurityHeadersIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void shouldWriteTheSecurityHeadersWithoutASession() {
		RawHttp http = new RawHttp(port);
		Response post = http.post("application/json", RawHttp.body("{ __typename }", Map.of()));
		Response get = http.get(Map.of("query", "{ __typename }"));
		for (Response answer : new Response[] { post, get }) {
			assertThat(answer.status()).isEqualTo(200);
			assertThat(answer.header("X-Content-Type-Options")).isEqualTo("nosniff");
			assertThat(answer.header("X-Frame-Options")).isEqualTo("DENY");
			assertThat(answer.header("Set-Cookie")).isNull();
		}
	}

}
