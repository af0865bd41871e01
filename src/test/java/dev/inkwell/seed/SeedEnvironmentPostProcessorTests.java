package dev.inkwell.seed;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A seeding run takes no fixed port and loads no demo data; a server run is left alone.
 */
class SeedEnvironmentPostProcessorTests {

	private final SeedEnvironmentPostProcessor postProcessor = new SeedEnvironmentPostProcessor();

	@Test
	void shouldMoveTheServerToAFreePortAndSkipDemoDataWhenSeeding() {
		MockEnvironment environment = new MockEnvironment().withProperty("inkwell.seed.scale", "1")
			.withProperty("server.port", "8080")
			.withProperty("inkwell.demo-data.enabled", "true");

		postProcessor.postProcessEnvironment(environment, new SpringApplication());

		assertThat(environment.getProperty("server.port")).isEqualTo("0");
		assertThat(environment.getProperty("inkwell.demo-data.enabled")).isEqualTo("false");
	}

	@Test
	void shouldChangeNothingWithoutASeedScale() {
		MockEnvironment environment = new MockEnvironment();
		environment.getPropertySources().addFirst(new MapPropertySource("test", Map.of("server.port", "8080")));

		postProcessor.postProcessEnvironment(environment, new SpringApplication());

		assertThat(environment.getProperty("server.port")).isEqualTo("8080");
		assertThat(environment.getPropertySources().contains("inkwellSeed")).isFalse();
	}

}
