package dev.inkwell.migrations;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.env.Environment;

/**
 * Settings of the migrations.
 *
 * @param mode apply (pending changesets are applied at start) or validate (the schema is
 * never changed; the server starts only when the database is at the changelog's version).
 * Unset: apply on the embedded default, with the profile demo and for the seed command;
 * validate on an external database and with the profile prod
 * @param driftCheckInterval how long a drift count shown by the health endpoint is reused
 * before a health request starts a new check (which builds the changelog in a scratch
 * database); 0 turns the check off
 */
@ConfigurationProperties("inkwell.migrations")
record MigrationsProperties(MigrationsMode mode, @DefaultValue("1h") Duration driftCheckInterval) {

	/**
	 * Bound before any bean exists: {@link MigrationsModeEnvironmentPostProcessor}
	 * settles the mode.
	 */
	static MigrationsProperties of(Environment environment) {
		return Binder.get(environment).bindOrCreate("inkwell.migrations", MigrationsProperties.class);
	}

}
