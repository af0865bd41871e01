package dev.inkwell.database;

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

	@Test
	void shouldRunWithoutJitCompilation() {
		assertThat(jdbc.queryForObject("show jit", String.class)).isEqualTo("off");
	}

}
