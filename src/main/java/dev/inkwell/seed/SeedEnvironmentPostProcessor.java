package dev.inkwell.seed;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * A seeding run is a command, not a server: with {@code inkwell.seed.scale} set, no web server
 * starts (no port is taken) and the demo data stays out of the way of the generated set.
 */
class SeedEnvironmentPostProcessor implements EnvironmentPostProcessor {

	static final String SCALE = "inkwell.seed.scale";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (environment.containsProperty(SCALE)) {
			environment.getPropertySources()
				.addFirst(new MapPropertySource("inkwellSeed",
						Map.of("spring.main.web-application-type", "none", "inkwell.demo-data.enabled", "false")));
		}
	}

}
