package dev.inkwell.seed;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * A seeding run is a command, not a server: with {@code inkwell.seed.scale} set, the HTTP
 * server takes a free port instead of the configured one (so seeding works next to a
 * running server) and the demo data stays out of the way of the generated set.
 */
class SeedEnvironmentPostProcessor implements EnvironmentPostProcessor {

	static final String SCALE = "inkwell.seed.scale";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (SeedProperties.of(environment).scale() != null) {
			environment.getPropertySources()
				.addFirst(new MapPropertySource("inkwellSeed",
						// Not web-application-type=none: the security configuration
						// (account/) needs a
						// servlet context to start at all; a free port costs nothing.
						Map.of("server.port", "0", "inkwell.demo-data.enabled", "false")));
		}
	}

}
