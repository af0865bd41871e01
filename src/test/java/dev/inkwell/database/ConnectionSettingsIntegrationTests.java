package dev.inkwell.database;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import dev.inkwell.support.InkwellIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** Every pooled connection carries the session settings of inkwell's configuration. */
@InkwellIntegrationTest
class ConnectionSettingsIntegrationTests {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DataSource requests;

	@Test
	void shouldRunWithoutJitCompilation() {
		assertThat(jdbc.queryForObject("show jit", String.class)).isEqualTo("off");
	}

	/**
	 * A background task's sessions are named after it even when the URL names the
	 * application (as the benchmark's does), so its statements never count as a
	 * request's.
	 */
	@Test
	void shouldNameBackgroundSessionsAfterTheirTaskWhateverTheUrlSays() throws Exception {
		HikariDataSource pool = requests.unwrap(HikariDataSource.class);
		try (HikariDataSource named = new HikariDataSource()) {
			named.setJdbcUrl(
					pool.getJdbcUrl() + (pool.getJdbcUrl().contains("?") ? "&" : "?") + "ApplicationName=the-server");
			named.setUsername(pool.getUsername());
			named.setPassword(pool.getPassword());
			try (HikariDataSource background = BackgroundPool.of(named, "inkwell-some-task", 1)) {
				assertThat(new JdbcTemplate(named).queryForObject("show application_name", String.class))
					.isEqualTo("the-server");
				assertThat(new JdbcTemplate(background).queryForObject("show application_name", String.class))
					.isEqualTo("inkwell-some-task");
			}
		}
	}

}
