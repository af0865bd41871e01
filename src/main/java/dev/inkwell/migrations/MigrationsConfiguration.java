package dev.inkwell.migrations;

import java.time.Clock;

import javax.sql.DataSource;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The migrations' beans: the validate-mode check, the health indicator, the info and the
 * drift monitor.
 */
@Configuration(proxyBeanMethods = false)
class MigrationsConfiguration {

	/** Static: a bean post-processor must exist before the Liquibase bean it changes. */
	@Bean
	@ConditionalOnProperty(name = MigrationsMode.PROPERTY, havingValue = "validate")
	static ValidateModeLiquibasePostProcessor validateModeLiquibasePostProcessor() {
		return new ValidateModeLiquibasePostProcessor();
	}

	@Bean
	Changelog changelog() {
		return Changelog.load();
	}

	@Bean
	DriftMonitor driftMonitor(DataSource dataSource, MigrationsProperties properties) {
		return new DriftMonitor(() -> new SchemaDrift(DbCommands.connectionSettings(dataSource)).detect(),
				properties.driftCheckInterval(), Clock.systemUTC());
	}

	@Bean
	MigrationsHealthIndicator migrationsHealthIndicator(DataSource dataSource, Changelog changelog,
			MigrationsProperties properties, DriftMonitor driftMonitor) {
		return new MigrationsHealthIndicator(dataSource, changelog, properties.mode(), driftMonitor);
	}

	@Bean
	SchemaInfoContributor schemaInfoContributor(Changelog changelog, DataSource dataSource) {
		return new SchemaInfoContributor(changelog, dataSource);
	}

}
