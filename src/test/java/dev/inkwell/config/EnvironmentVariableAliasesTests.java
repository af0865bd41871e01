package dev.inkwell.config;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.inkwell.account.AuthProperties;
import dev.inkwell.graphql.GraphQlProperties;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Environment variables reach the bound records both ways: a short alias from the table
 * and a property's relaxed name, and an alias wins over a profile's properties file.
 */
class EnvironmentVariableAliasesTests {

	@Test
	void shouldBindAnAliasAndARelaxedNameToTheRecords() {
		try (ConfigurableApplicationContext context = start(
				Map.of("INKWELL_JWT_SECRET", "from-the-alias-0123456789abcdef", "INKWELL_GRAPHQL_MAXDEPTH", "7",
						"INKWELL_GRAPHQL_EXPENSIVE_WAIT", "9s"))) {
			assertThat(context.getBean(AuthProperties.class).jwtSecret()).isEqualTo("from-the-alias-0123456789abcdef");
			GraphQlProperties graphql = context.getBean(GraphQlProperties.class);
			assertThat(graphql.maxDepth()).isEqualTo(7);
			assertThat(graphql.expensiveWait()).isEqualTo(Duration.ofSeconds(9));
			assertThat(graphql.maxCost()).isEqualTo(100_000);
		}
	}

	@Test
	void shouldLetAnAliasWinOverAProfileFile() {
		try (ConfigurableApplicationContext context = start(Map.of("INKWELL_DEMO_DATA", "false"), "demo")) {
			assertThat(context.getEnvironment().getProperty("inkwell.demo-data.enabled")).isEqualTo("false");
		}
		try (ConfigurableApplicationContext context = start(Map.of(), "demo")) {
			assertThat(context.getEnvironment().getProperty("inkwell.demo-data.enabled")).isEqualTo("true");
		}
	}

	@Test
	void shouldLetThePropertysOwnVariableWinOverItsAlias() {
		try (ConfigurableApplicationContext context = start(Map.of("PORT", "9001", "SERVER_PORT", "9002"))) {
			assertThat(context.getEnvironment().getProperty("server.port")).isEqualTo("9002");
		}
		try (ConfigurableApplicationContext context = start(Map.of("PORT", "9001"))) {
			assertThat(context.getEnvironment().getProperty("server.port")).isEqualTo("9001");
		}
	}

	@Test
	void shouldAddNoPropertySourceWhenNoAliasIsSet() {
		try (ConfigurableApplicationContext context = start(Map.of("INKWELL_GRAPHQL_MAX_DEPTH", "9"))) {
			assertThat(context.getEnvironment()
				.getPropertySources()
				.contains(EnvironmentVariableAliases.PROPERTY_SOURCE_NAME)).isFalse();
			assertThat(context.getBean(GraphQlProperties.class).maxDepth()).isEqualTo(9);
		}
	}

	/**
	 * An alias equal to a relaxed name of its property would be a second way to say
	 * nothing new.
	 */
	@Test
	void shouldHoldOnlyAliasesThatRelaxedBindingDoesNotCover() {
		EnvironmentVariableAliases.ALIASES.forEach((alias, property) -> {
			String upper = property.toUpperCase().replace('.', '_');
			assertThat(alias).as(property).isNotEqualTo(upper.replace("-", "")).isNotEqualTo(upper.replace('-', '_'));
		});
	}

	/**
	 * A small application (no web server, no database) with the given variables as its
	 * whole system environment, binding two of Inkwell's records.
	 */
	private static ConfigurableApplicationContext start(Map<String, Object> variables, String... profiles) {
		StandardEnvironment environment = new StandardEnvironment() {
			@Override
			protected void customizePropertySources(MutablePropertySources sources) {
				super.customizePropertySources(sources);
				sources.replace(SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
						new SystemEnvironmentPropertySource(SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, variables));
			}
		};
		return new SpringApplicationBuilder(Records.class).web(WebApplicationType.NONE)
			.environment(environment)
			.profiles(profiles)
			.logStartupInfo(false)
			.run();
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties({ AuthProperties.class, GraphQlProperties.class })
	static class Records {

	}

}
