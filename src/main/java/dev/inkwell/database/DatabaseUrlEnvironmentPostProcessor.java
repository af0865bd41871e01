package dev.inkwell.database;

import java.util.HashMap;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Turns {@code DATABASE_URL=postgres://user:pass@host:port/db?sslmode=require}, the form
 * hosting platforms hand out, into {@code spring.datasource.*}. An explicit
 * {@code spring.datasource.url} (or {@code SPRING_DATASOURCE_URL}) wins.
 */
class DatabaseUrlEnvironmentPostProcessor implements EnvironmentPostProcessor {

	static final String PROPERTY_SOURCE_NAME = "inkwellDatabaseUrl";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		String databaseUrl = environment.getProperty("DATABASE_URL");
		if (!StringUtils.hasText(databaseUrl)
				|| StringUtils.hasText(environment.getProperty("spring.datasource.url"))) {
			return;
		}
		environment.getPropertySources()
			.addLast(new MapPropertySource(PROPERTY_SOURCE_NAME, toDataSourceProperties(databaseUrl)));
	}

	static Map<String, Object> toDataSourceProperties(String databaseUrl) {
		PostgresUrl url;
		try {
			url = PostgresUrl.parse(databaseUrl);
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("DATABASE_URL: " + ex.getMessage(), ex);
		}
		Map<String, Object> properties = new HashMap<>();
		properties.put("spring.datasource.url", url.jdbcUrl());
		if (url.username() != null) {
			properties.put("spring.datasource.username", url.username());
		}
		if (url.password() != null) {
			properties.put("spring.datasource.password", url.password());
		}
		return properties;
	}

}
