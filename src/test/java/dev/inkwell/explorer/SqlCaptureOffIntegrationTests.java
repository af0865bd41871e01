package dev.inkwell.explorer;

import java.util.Map;

import javax.sql.DataSource;

import dev.inkwell.InkwellApplication;
import dev.inkwell.support.FreshDatabases;
import dev.inkwell.support.InkwellIntegrationTest;
import net.ttddyy.dsproxy.support.ProxyDataSource;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On an external database SQL capture is off by default: no proxy around the pool, no
 * extensions.sql.
 */
@InkwellIntegrationTest
class SqlCaptureOffIntegrationTests {

	@Autowired
	FreshDatabases databases;

	@Test
	void shouldNotWrapThePoolNorAnswerSqlOnAnExternalDatabase() {
		String url = databases.create("nocapture");
		try (ConfigurableApplicationContext server = new SpringApplicationBuilder(InkwellApplication.class)
			.run("--DATABASE_URL=" + databases.asDatabaseUrl(url), "--server.port=0", "--inkwell.debug.sql=")) {
			Map<?, ?> answer = RestClient
				.create("http://localhost:" + server.getEnvironment().getProperty("local.server.port"))
				.post()
				.uri("/graphql")
				.header("X-Inkwell-Explain", "true")
				.contentType(MediaType.APPLICATION_JSON)
				.body(Map.of("query", "{ posts { totalCount } }"))
				.retrieve()
				.body(Map.class);

			assertThat(answer).isEqualTo(Map.of("data", Map.of("posts", Map.of("totalCount", 0))));
			assertThat(server.getBean(DataSource.class)).isNotInstanceOf(ProxyDataSource.class);
		}
	}

}
