package dev.inkwell.explorer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;

import dev.inkwell.support.InkwellIntegrationTest;
import dev.inkwell.support.NodeScript;
import dev.inkwell.support.TestData;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * GraphiQL from the jar in headless Chromium that reaches only loopback: the page loads,
 * the first example tab runs, the result and the SQL panel's statement count appear
 * (graphiql/test/browser.mjs). Without a chromium a developer's run skips it with a
 * message; in CI (CI=true) it fails instead.
 */
@InkwellIntegrationTest
class ExplorerBrowserIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	TestData data;

	@Test
	void shouldRunAnExampleTabOfflineAndShowItsSql() {
		Path chromium = Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));
		boolean present = Files.isExecutable(chromium);
		if (!"true".equalsIgnoreCase(System.getenv("CI"))) {
			assumeTrue(present,
					"No chromium at " + chromium + ": the browser test is skipped (apt-get install chromium, "
							+ "or CHROMIUM=/path; CI installs it and never skips)");
		}
		assertThat(present).as("chromium at " + chromium + " (CI=true: the browser test must run)").isTrue();
		long author = data.author("browser");
		data.post(author, "Seen in the explorer", OffsetDateTime.parse("2026-01-01T10:00:00Z"));

		NodeScript.Result result = NodeScript.run(240, "browser.mjs", "http://127.0.0.1:" + port);

		assertThat(result.exitStatus()).as(result.output()).isZero();
		assertThat(result.output()).contains("ok: result shown");
	}

}
