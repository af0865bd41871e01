package dev.inkwell.seed;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import dev.inkwell.InkwellApplication;
import dev.inkwell.support.FreshDatabases;
import dev.inkwell.support.InkwellIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A server that loads the demo data says so only once it is in: the very first request
 * the port answers, the readiness state and the start-up banner all come after the data.
 */
@InkwellIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class DemoDataReadinessIntegrationTests {

	private static final SeedPlan DEMO = SeedPlan.demo();

	private static final String COUNTS = "{ authors { totalCount } posts { totalCount } }";

	@Autowired
	FreshDatabases databases;

	@Test
	void shouldAnswerTheFirstRequestWithTheDemoDataAndTurnReadyAfterIt(CapturedOutput output) {
		Map<String, Object> seen = new ConcurrentHashMap<>();
		ApplicationListener<ApplicationEvent> probe = event -> {
			if (event instanceof WebServerInitializedEvent web) {
				// Published the moment Tomcat's connector has started: no request can
				// come earlier.
				seen.put("firstAnswer", query(web.getWebServer().getPort(), COUNTS));
			}
			if (event instanceof AvailabilityChangeEvent<?> change
					&& change.getState() == ReadinessState.ACCEPTING_TRAFFIC) {
				ApplicationContext context = (ApplicationContext) change.getSource();
				seen.put("commentsWhenReady", count(context, "select count(*) from comment"));
			}
		};
		String url = databases.asDatabaseUrl(databases.create("ready"));
		try (ConfigurableApplicationContext server = new SpringApplicationBuilder(InkwellApplication.class)
			.listeners(probe)
			.run("--DATABASE_URL=" + url, "--server.port=0", "--spring.profiles.active=demo")) {
			String port = server.getEnvironment().getProperty("local.server.port");

			assertThat(seen.get("firstAnswer")).isEqualTo(Map.of("data", Map.of("authors",
					Map.of("totalCount", DEMO.authors()), "posts", Map.of("totalCount", DEMO.totalPosts()))));
			assertThat(seen.get("commentsWhenReady")).isEqualTo(DEMO.totalComments());
			String out = output.getOut();
			int loaded = out.indexOf("Loaded the demo data");
			assertThat(loaded).as("the demo data was loaded").isNotNegative();
			assertThat(out.indexOf("Inkwell is ready: GraphQL at http://localhost:" + port + "/graphql"))
				.as("the banner comes after the demo data")
				.isGreaterThan(loaded);
		}
	}

	@Test
	void shouldMakeTheDemoBlogTheGeneratorsShapeInSmall() {
		String url = databases.asDatabaseUrl(databases.create("shape"));
		try (ConfigurableApplicationContext server = new SpringApplicationBuilder(InkwellApplication.class)
			.run("--DATABASE_URL=" + url, "--server.port=0", "--spring.profiles.active=demo")) {
			assertThat(count(server, "select count(*) from author")).isEqualTo(20);
			assertThat(count(server, "select count(*) from post")).isEqualTo(200);
			assertThat(count(server, "select count(*) from comment")).isEqualTo(3_000);
			assertThat(count(server, "select max(depth) from comment where post_id <> " + DEMO.deepThreadPostId()))
				.as("ordinary threads")
				.isGreaterThanOrEqualTo(10);
			assertThat(count(server, "select max(depth) from comment where post_id = " + DEMO.deepThreadPostId()))
				.as("the newest post's thread")
				.isEqualTo(30);
			assertThat(count(server, "select count(*) from post where body_html is null and body like '%## %'"))
				.as("Markdown bodies, rendered on read")
				.isEqualTo(200);
		}
	}

	private static Object query(int port, String document) {
		return RestClient.create("http://localhost:" + port)
			.post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("query", document))
			.retrieve()
			.body(Map.class);
	}

	private static int count(ApplicationContext server, String sql) {
		return server.getBean(JdbcTemplate.class).queryForObject(sql, Integer.class);
	}

}
