package dev.inkwell.transport;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import dev.inkwell.support.InkwellIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * urql's and Apollo Client's core clients, with their defaults (urql sends queries as
 * GET, Apollo as POST, both asking for application/graphql-response+json), run from Node
 * against the server: {@code clients/check-clients.mjs}. The npm packages are installed
 * from {@code clients/package-lock.json} on first use.
 */
@InkwellIntegrationTest
class ClientCompatibilityIntegrationTests {

	private static final Path CLIENTS = Path.of("clients");

	@LocalServerPort
	int port;

	@Test
	void shouldServeUrqlAndApolloClientWithTheirDefaults() throws Exception {
		if (!Files.exists(CLIENTS.resolve("node_modules/.package-lock.json"))) {
			Run install = run(List.of("npm", "ci", "--no-audit", "--no-fund"), 300);
			assertThat(install.exitCode()).as(install.output()).isZero();
		}
		Run checks = run(List.of("node", "check-clients.mjs", "http://localhost:" + port + "/graphql"), 120);
		assertThat(checks.exitCode()).as(checks.output()).isZero();
		assertThat(checks.output()).contains("all client checks passed");
	}

	private static Run run(List<String> command, long timeoutSeconds) throws IOException, InterruptedException {
		File log = Files.createTempFile("inkwell-clients", ".log").toFile();
		Process process = new ProcessBuilder(command).directory(CLIENTS.toFile())
			.redirectErrorStream(true)
			.redirectOutput(log)
			.start();
		if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
			process.destroyForcibly();
		}
		String output = Files.readString(log.toPath(), StandardCharsets.UTF_8);
		log.delete();
		return new Run(process.isAlive() || !process.waitFor(1, TimeUnit.SECONDS) ? -1 : process.exitValue(), output);
	}

	private record Run(int exitCode, String output) {
	}

}
