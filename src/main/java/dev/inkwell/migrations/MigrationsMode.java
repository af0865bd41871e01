package dev.inkwell.migrations;

import java.util.Locale;

import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.util.StringUtils;

/**
 * What the server does with db-changelog/ at start: apply pending changesets, or only
 * validate.
 */
public enum MigrationsMode {

	/** Pending changesets are applied at start (Liquibase update under its lock). */
	APPLY,

	/**
	 * The schema is never changed; the server starts only when the database is at the
	 * changelog's version.
	 */
	VALIDATE;

	static final String PROPERTY = "inkwell.migrations.mode";

	/**
	 * The configured mode, or the default: apply for the seed command, on the embedded
	 * database and with the profile {@code demo}; validate in {@code prod} and on any
	 * external database.
	 */
	static MigrationsMode of(Environment environment) {
		MigrationsMode configured = MigrationsProperties.of(environment).mode();
		if (configured != null) {
			return configured;
		}
		if (environment.containsProperty("inkwell.seed.scale")) {
			return APPLY;
		}
		if (environment.acceptsProfiles(Profiles.of("prod"))) {
			return VALIDATE;
		}
		if (environment.acceptsProfiles(Profiles.of("demo"))) {
			return APPLY;
		}
		boolean external = StringUtils.hasText(environment.getProperty("spring.datasource.url"))
				|| StringUtils.hasText(environment.getProperty("DATABASE_URL"));
		return external ? VALIDATE : APPLY;
	}

	@Override
	public String toString() {
		return name().toLowerCase(Locale.ROOT);
	}

}
