package dev.inkwell.replicas;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import com.jayway.jsonpath.JsonPath;
import dev.inkwell.InkwellApplication;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two server instances on one primary with real streaming replicas
 * ({@link StreamingReplicas}): A reads on the prompt replica, B on the delayed one. A
 * viewer who writes through A reads the write at once through B, from the primary, while
 * an anonymous reader of B still sees the replica's older state; once the replica has
 * replayed the write, the writer's reads go to it. A stopped replica sends reads to the
 * primary without an error, and gets reads again when it is back.
 */
class ReplicaReadsIntegrationTests {

	private static StreamingReplicas replicas;

	private static ConfigurableApplicationContext instanceA;

	private static ConfigurableApplicationContext instanceB;

	@BeforeAll
	static void start() throws Exception {
		replicas = StreamingReplicas.get();
		instanceA = instance("--inkwell.datasource.replicas=" + replicas.promptUrl());
		// The delayed replica stays within B's max lag, so it keeps taking reads.
		instanceB = instance("--inkwell.datasource.replicas=" + replicas.delayedUrl(),
				"--inkwell.datasource.replica-max-lag=60s");
		replicas.awaitReplayed(Duration.ofSeconds(60));
	}

	@AfterAll
	static void stop() {
		instanceA.close();
		instanceB.close();
	}

	@Test
	void shouldLetAViewerReadTheirWriteAtOnceThroughAnotherInstanceWhileOthersMaySeeTheReplicasOlderState()
			throws Exception {
		awaitUsable(instanceB);
		String token = register(instanceA, "writer");
		awaitReplayedBy(instanceB, token);

		String postId = JsonPath.read(graphQl(instanceA, token, """
				mutation { createPost(input: { title: "Fresh on the primary", body: "Just written" }) { id } }
				"""), "$.data.createPost.id");
		String read = "query($id: ID!) { post(id: $id) { title } }";
		double primaryReads = reads(instanceB, "primary");
		double replicaReads = reads(instanceB, "replica-1");

		Map<String, Object> writer = graphQl(instanceB, token, read, Map.of("id", postId));
		Map<String, Object> anonymous = graphQl(instanceB, null, read, Map.of("id", postId));

		assertThat(writer).doesNotContainKey("errors");
		assertThat((String) JsonPath.read(writer, "$.data.post.title")).isEqualTo("Fresh on the primary");
		assertThat(reads(instanceB, "primary")).isEqualTo(primaryReads + 1);
		assertThat(anonymous).doesNotContainKey("errors");
		assertThat((Object) JsonPath.read(anonymous, "$.data.post")).isNull();
		assertThat(reads(instanceB, "replica-1")).isEqualTo(replicaReads + 1);

		// Replayed: the writer's reads go to the replica again, and show the post there.
		Map<String, Object> later = eventually(() -> {
			double before = reads(instanceB, "replica-1");
			Map<String, Object> answer = graphQl(instanceB, token, read, Map.of("id", postId));
			return reads(instanceB, "replica-1") > before ? answer : null;
		});
		assertThat((String) JsonPath.read(later, "$.data.post.title")).isEqualTo("Fresh on the primary");
	}

	@Test
	void shouldSendReadsToThePrimaryWithoutAnErrorWhileAReplicaIsStoppedAndToTheReplicaWhenItIsBack() throws Exception {
		awaitUsable(instanceA);
		String query = "{ posts(first: 1) { totalCount } }";
		double replicaReads = reads(instanceA, "replica-1");
		assertThat(graphQl(instanceA, null, query)).doesNotContainKey("errors");
		assertThat(reads(instanceA, "replica-1")).isEqualTo(replicaReads + 1);

		replicas.stopPrompt();
		try {
			double primaryReads = reads(instanceA, "primary");
			for (int i = 0; i < 5; i++) {
				Map<String, Object> answer = graphQl(instanceA, null, query);
				assertThat(answer).doesNotContainKey("errors");
				assertThat((Integer) JsonPath.read(answer, "$.data.posts.totalCount")).isNotNegative();
			}
			assertThat(reads(instanceA, "primary")).isEqualTo(primaryReads + 5);
			assertThat(health(instanceA)).containsEntry("status", "UP");
			assertThat((Boolean) JsonPath.read(health(instanceA), "$.details.replica-1.reads")).isFalse();
		}
		finally {
			replicas.startPrompt();
		}

		awaitUsable(instanceA);
		double before = reads(instanceA, "replica-1");
		assertThat(graphQl(instanceA, null, query)).doesNotContainKey("errors");
		assertThat(reads(instanceA, "replica-1")).isEqualTo(before + 1);
		assertThat((Integer) JsonPath.read(health(instanceA), "$.details.replica-1.lagMs")).isNotNegative();
	}

	@Test
	void shouldGiveNoReadsToAReplicaThatLagsMoreThanTheMaxLagUntilItCatchesUp() throws Exception {
		try (ConfigurableApplicationContext strict = instance("--inkwell.datasource.replicas=" + replicas.delayedUrl(),
				"--inkwell.datasource.replica-max-lag=1s")) {
			awaitUsable(strict);

			// A write on the primary that the delayed replica applies 6 s late.
			register(instanceA, "lagging");
			eventually(() -> Boolean.FALSE.equals(JsonPath.read(health(strict), "$.details.replica-1.reads")) ? true
					: null);
			double primaryReads = reads(strict, "primary");
			Map<String, Object> answer = graphQl(strict, null, "{ posts(first: 1) { totalCount } }");

			assertThat(answer).doesNotContainKey("errors");
			assertThat(reads(strict, "primary")).isEqualTo(primaryReads + 1);
			assertThat((Integer) JsonPath.read(health(strict), "$.details.replica-1.lagMs")).isGreaterThan(1000);
			awaitUsable(strict);
		}
	}

	private static ConfigurableApplicationContext instance(String... replicaSettings) {
		List<String> args = new java.util.ArrayList<>(List.of("--spring.datasource.url=" + replicas.primaryUrl(),
				"--spring.datasource.username=postgres", "--server.port=0"));
		args.addAll(List.of(replicaSettings));
		return new SpringApplicationBuilder(InkwellApplication.class).run(args.toArray(String[]::new));
	}

	private static String register(ConfigurableApplicationContext instance, String prefix) {
		String username = prefix + "_" + UUID.randomUUID().toString().substring(0, 8);
		return JsonPath.read(graphQl(instance, null, """
				mutation($input: RegisterInput!) { register(input: $input) { token } }
				""", Map.of("input", Map.of("username", username, "email", username + "@example.org", "password",
				"correct horse battery staple"))), "$.data.register.token");
	}

	/** Until the replica shows the registered viewer, their reads go to the primary. */
	private static void awaitReplayedBy(ConfigurableApplicationContext instance, String token) throws Exception {
		eventually(() -> {
			double before = reads(instance, "replica-1");
			Map<String, Object> answer = graphQl(instance, token, "{ viewer { username } }");
			return reads(instance, "replica-1") > before ? answer : null;
		});
	}

	private static void awaitUsable(ConfigurableApplicationContext instance) throws Exception {
		eventually(
				() -> Boolean.TRUE.equals(JsonPath.read(health(instance), "$.details.replica-1.reads")) ? true : null);
	}

	private static <T> T eventually(Supplier<T> attempt) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		while (true) {
			T result = attempt.get();
			if (result != null) {
				return result;
			}
			assertThat(System.nanoTime()).as("waited a minute").isLessThan(deadline);
			Thread.sleep(200);
		}
	}

	private static double reads(ConfigurableApplicationContext instance, String target) {
		return instance.getBean(MeterRegistry.class).counter("inkwell.datasource.reads", "target", target).count();
	}

	private static Map<String, Object> graphQl(ConfigurableApplicationContext instance, String token, String document) {
		return graphQl(instance, token, document, Map.of());
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> graphQl(ConfigurableApplicationContext instance, String token, String document,
			Map<String, Object> variables) {
		RestClient.RequestBodySpec request = client(instance).post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON);
		if (token != null) {
			request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
		}
		return request.body(Map.of("query", document, "variables", variables)).retrieve().body(Map.class);
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> health(ConfigurableApplicationContext instance) {
		return client(instance).get().uri("/actuator/health/replicas").retrieve().body(Map.class);
	}

	private static RestClient client(ConfigurableApplicationContext instance) {
		return RestClient.create("http://localhost:" + instance.getEnvironment().getProperty("local.server.port"));
	}

}
