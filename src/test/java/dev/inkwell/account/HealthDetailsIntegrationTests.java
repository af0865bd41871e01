package dev.inkwell.account;

import java.util.Map;

import dev.inkwell.InkwellApplication;
import dev.inkwell.support.Accounts;
import dev.inkwell.support.FreshDatabases;
import dev.inkwell.support.InkwellIntegrationTest;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.assertj.core.api.InstanceOfAssertFactory;
import org.assertj.core.api.MapAssert;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * /actuator/health names the database and the schema's state: under the profile
 * {@code prod} only a signed-in ADMIN sees those details, everyone else the status;
 * without it everyone sees them.
 */
@InkwellIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HealthDetailsIntegrationTests {

	private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
	};

	private static final InstanceOfAssertFactory<Map, MapAssert<String, Object>> COMPONENTS = InstanceOfAssertFactories
		.map(String.class, Object.class);

	@LocalServerPort
	int port;

	@Autowired
	FreshDatabases databases;

	@Autowired
	Accounts accounts;

	ConfigurableApplicationContext prod;

	@BeforeAll
	void startAProductionServer() {
		String url = databases.asDatabaseUrl(databases.create("prod_health"));
		prod = new SpringApplicationBuilder(InkwellApplication.class).run("--DATABASE_URL=" + url, "--server.port=0",
				"--spring.profiles.active=prod", "--inkwell.migrations.mode=apply");
	}

	@AfterAll
	void stopIt() {
		prod.close();
	}

	@Test
	void shouldShowOnlyTheStatusToAnonymousClientsInProd() {
		Map<String, Object> health = health(prod(), null);

		assertThat(health).doesNotContainKeys("components", "details");
		assertThat(health.get("status")).isEqualTo("UP");
	}

	@Test
	void shouldShowOnlyTheStatusToAUserInProd() {
		String token = register(prod(), "prod_user");

		assertThat(health(prod(), token)).containsKey("status").doesNotContainKeys("components", "details");
	}

	@Test
	void shouldShowTheDetailsToAnAdminInProd() {
		String token = register(prod(), "prod_admin");
		prod.getBean(JdbcTemplate.class)
			.update("update account set role = 'ADMIN' where author_id = (select id from author where username = ?)",
					"prod_admin");

		Map<String, Object> health = health(prod(), token);

		assertThat(health).extractingByKey("components", COMPONENTS)
			.containsKeys("db", "migrations")
			.extractingByKey("migrations", COMPONENTS)
			.containsKey("details");
	}

	@Test
	void shouldAnswerAnInvalidToken401() {
		int status = prod().get()
			.uri("/actuator/health")
			.headers(headers -> headers.setBearerAuth("not-a-token"))
			.exchange((request, response) -> response.getStatusCode().value());

		assertThat(status).isEqualTo(401);
	}

	@Test
	void shouldShowTheDetailsToEveryoneOutsideProd() {
		String token = accounts.user("health").token();

		for (String signedIn : new String[] { null, token }) {
			assertThat(health(client(port), signedIn)).extractingByKey("components", COMPONENTS)
				.containsKeys("db", "migrations");
		}
	}

	private RestClient prod() {
		return client(Integer.parseInt(prod.getEnvironment().getProperty("local.server.port")));
	}

	private static RestClient client(int port) {
		return RestClient.create("http://localhost:" + port);
	}

	private static Map<String, Object> health(RestClient client, String token) {
		return client.get().uri("/actuator/health").headers(headers -> {
			if (token != null) {
				headers.setBearerAuth(token);
			}
		}).retrieve().body(JSON);
	}

	/** Signs up through GraphQL, as a client would, and returns the token. */
	private static String register(RestClient client, String username) {
		String mutation = """
				mutation($input: RegisterInput!) { register(input: $input) { token } }""";
		Map<String, Object> input = Map.of("username", username, "email", username + "@example.com", "password",
				Accounts.PASSWORD);
		Map<?, ?> answer = client.post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.header(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON_VALUE)
			.body(Map.of("query", mutation, "variables", Map.of("input", input)))
			.retrieve()
			.body(Map.class);
		return (String) ((Map<?, ?>) ((Map<?, ?>) answer.get("data")).get("register")).get("token");
	}

}
