package dev.inkwell.config;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * Short environment variables that operators set today ({@code PORT},
 * {@code INKWELL_JWT_SECRET}, ...), each the alias of one property whose relaxed name
 * ({@code INKWELL_AUTH_JWT_SECRET}) is longer. The aliases that are set become a property
 * source right after the system environment: below command-line arguments and the
 * property's own variable, above every application*.properties, so
 * {@code INKWELL_HEALTH_SHOW_DETAILS} still wins over a profile's file. The table holds
 * no defaults; those live in the records (and Spring's) and nowhere else.
 */
public class EnvironmentVariableAliases implements EnvironmentPostProcessor, Ordered {

	/** The name of the property source of the aliases that are set. */
	public static final String PROPERTY_SOURCE_NAME = "inkwellEnvironmentVariableAliases";

	/** Alias to property, in the order of docs/guide/configuration.md. */
	public static final Map<String, String> ALIASES = aliases("PORT", "server.port", //
			"INKWELL_DATA_DIR", "inkwell.embedded-postgres.data-dir", //
			"INKWELL_DB_POOL_SIZE", "spring.datasource.hikari.maximum-pool-size", //
			"INKWELL_DB_CONNECTION_TIMEOUT", "spring.datasource.hikari.connection-timeout", //
			"INKWELL_DB_VALIDATION_TIMEOUT", "spring.datasource.hikari.validation-timeout", //
			"INKWELL_DB_OPTIONS", "spring.datasource.hikari.data-source-properties.options", //
			"INKWELL_DB_STATEMENT_TIMEOUT", "spring.jdbc.template.query-timeout", //
			"INKWELL_REPLICA_URLS", "inkwell.datasource.replicas", //
			"INKWELL_GRAPHQL_MAX_REQUEST_SIZE", "inkwell.graphql.http.max-request-size", //
			"INKWELL_GRAPHQL_REQUEST_TIMEOUT", "inkwell.graphql.http.request-timeout", //
			"INKWELL_GRAPHQL_GET_MAX_AGE", "inkwell.graphql.http.get-max-age", //
			"INKWELL_GRAPHQL_MAX_CONCURRENT_REQUESTS", "inkwell.graphql.http.max-concurrent-requests", //
			"INKWELL_GRAPHQL_MAX_QUEUED_REQUESTS", "inkwell.graphql.http.max-queued-requests", //
			"INKWELL_GRAPHQL_INTROSPECTION", "spring.graphql.schema.introspection.enabled", //
			"INKWELL_JWT_SECRET", "inkwell.auth.jwt-secret", //
			"INKWELL_TOKEN_EXPIRY", "inkwell.auth.token-expiry", //
			"INKWELL_LOGIN_ATTEMPTS", "inkwell.auth.login-attempts", //
			"INKWELL_LOGIN_WINDOW", "inkwell.auth.login-window", //
			"INKWELL_PASSWORD_HASH_STRENGTH", "inkwell.auth.password-hash-strength", //
			"INKWELL_REQUIRE_CONFIRMED_EMAIL", "inkwell.accounts.require-confirmed-email", //
			"INKWELL_SSE_KEEP_ALIVE", "spring.graphql.http.sse.keep-alive", //
			"INKWELL_SSE_TIMEOUT", "spring.graphql.http.sse.timeout", //
			"INKWELL_WEBSOCKET_KEEP_ALIVE", "spring.graphql.websocket.keep-alive", //
			"INKWELL_DEMO_DATA", "inkwell.demo-data.enabled", //
			"INKWELL_ACTUATOR_EXPOSE", "management.endpoints.web.exposure.include", //
			"INKWELL_HEALTH_SHOW_DETAILS", "management.endpoint.health.show-details", //
			"INKWELL_OBSERVE_DATA_FETCHERS", "management.observations.enable.graphql.datafetcher", //
			"INKWELL_OBSERVE_SECURITY", "management.observations.enable.spring.security");

	/**
	 * After Boot's config data processor (it adds the application*.properties sources
	 * this one must sit above) and before Inkwell's own post-processors read the result.
	 */
	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE + 20;
	}

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		String systemEnvironment = StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME;
		PropertySource<?> variables = environment.getPropertySources().get(systemEnvironment);
		if (variables == null) {
			return;
		}
		Map<String, Object> set = new LinkedHashMap<>();
		ALIASES.forEach((alias, property) -> {
			Object value = variables.getProperty(alias);
			if (value != null) {
				set.put(property, value);
			}
		});
		if (!set.isEmpty()) {
			environment.getPropertySources()
				.addAfter(systemEnvironment, new MapPropertySource(PROPERTY_SOURCE_NAME, set));
		}
	}

	private static Map<String, String> aliases(String... aliasThenProperty) {
		Map<String, String> aliases = new LinkedHashMap<>();
		for (int i = 0; i < aliasThenProperty.length; i += 2) {
			aliases.put(aliasThenProperty[i], aliasThenProperty[i + 1]);
		}
		return Collections.unmodifiableMap(aliases);
	}

}
