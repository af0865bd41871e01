package dev.inkwell.migrations;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the migrations.
 *
 * @param mode {@code apply} or {@code validate}; settled by
 * {@link MigrationsModeEnvironmentPostProcessor}
 * @param driftCheckInterval how long a drift count shown by the health endpoint is reused
 * before a health request starts a new check; 0 turns the check off
 */
@ConfigurationProperties("inkwell.migrations")
record MigrationsProperties(MigrationsMode mode, @DefaultValue("1h") Duration driftCheckInterval) {
}
