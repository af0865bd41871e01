package dev.inkwell.database;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
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
		URI uri = URI.create(databaseUrl.trim());
		if (!"postgres".equals(uri.getScheme()) && !"postgresql".equals(uri.getScheme())) {
			throw new IllegalArgumentException(
					"DATABASE_URL must look like postgres://user:password@host:port/database");
		}
		if (uri.getHost() == null || uri.getPath() == null || uri.getPath().length() <= 1) {
			throw new IllegalArgumentException(
					"DATABASE_URL needs a host and a database name: postgres://user:password@host:port/database");
		}
		String jdbcUrl = "jdbc:postgresql://" + uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "")
				+ uri.getRawPath() + (uri.getRawQuery() != null ? "?" + uri.getRawQuery() : "");
		Map<String, Object> properties = new HashMap<>();
		properties.put("spring.datasource.url", jdbcUrl);
		String userInfo = uri.getRawUserInfo();
		if (userInfo != null) {
			int colon = userInfo.indexOf(':');
			properties.put("spring.datasource.username", decode(colon < 0 ? userInfo : userInfo.substring(0, colon)));
			if (colon >= 0) {
				properties.put("spring.datasource.password", decode(userInfo.substring(colon + 1)));
			}
		}
		return properties;
	}

	private static String decode(String part) {
		return URLDecoder.decode(part.replace("+", "%2B"), StandardCharsets.UTF_8);
	}

}
