package dev.inkwell.explorer;

import org.junit.jupiter.api.Test;

import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * When SQL capture is on: the embedded default unless told otherwise, never under the
 * profile prod.
 */
class SqlCaptureConditionTests {

	@Test
	void shouldCaptureOnTheEmbeddedDefaultOnly() {
		assertThat(SqlCaptureCondition.enabled(new MockEnvironment())).isTrue();
		assertThat(SqlCaptureCondition.enabled(new MockEnvironment().withProperty("inkwell.debug.sql", ""))).isTrue();
		assertThat(SqlCaptureCondition.enabled(external())).isFalse();
	}

	@Test
	void shouldFollowTheFlagWhenSet() {
		assertThat(SqlCaptureCondition.enabled(new MockEnvironment().withProperty("inkwell.debug.sql", "false")))
			.isFalse();
		assertThat(SqlCaptureCondition.enabled(external().withProperty("inkwell.debug.sql", "true"))).isTrue();
	}

	@Test
	void shouldNeverCaptureUnderTheProdProfile() {
		MockEnvironment prod = new MockEnvironment().withProperty("inkwell.debug.sql", "true");
		prod.setActiveProfiles("prod");

		assertThat(SqlCaptureCondition.enabled(prod)).isFalse();
	}

	private static MockEnvironment external() {
		return new MockEnvironment().withProperty("spring.datasource.url", "jdbc:postgresql://db/inkwell");
	}

}
