package dev.inkwell.migrations;

import java.util.HashMap;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Settles {@code inkwell.migrations.mode} once, before any bean reads it, so the server,
 * its health and its info all agree on the mode that is in force.
 */
class MigrationsModeEnvironmentPostProcessor implements EnvironmentPostProcessor {

	static final String PROPERTY_SOURCE_NAME = "inkwellMigrationsMode";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		Map<String, Object> resolved = new HashMap<>();
		resolved.put(MigrationsMode.PROPERTY, MigrationsMode.of(environment).toString());
		environment.getPropertySources().addFirst(new MapPropertySource(PROPERTY_SOURCE_NAME, resolved));
	}

}
