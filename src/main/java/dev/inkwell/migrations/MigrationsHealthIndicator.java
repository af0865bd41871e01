package dev.inkwell.migrations;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * {@code migrations} in /actuator/health: the mode, the changelog's and the database's
 * version, pending, unknown and edited changesets (one SELECT of the history per probe),
 * and the cached drift count of {@link DriftMonitor}. Down when the database is not at
 * the changelog's version; drift is reported, never a reason to be down.
 */
class MigrationsHealthIndicator extends AbstractHealthIndicator {

	private final DataSource dataSource;

	private final Changelog changelog;

	private final MigrationsMode mode;

	private final DriftMonitor drift;

	MigrationsHealthIndicator(DataSource dataSource, Changelog changelog, MigrationsMode mode, DriftMonitor drift) {
		super("Migrations health check failed");
		this.dataSource = dataSource;
		this.changelog = changelog;
		this.mode = mode;
		this.drift = drift;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		SchemaVersion version = SchemaVersion.of(this.dataSource, this.changelog);
		(version.isCurrent() ? builder.up() : builder.down()).withDetail("mode", this.mode.toString())
			.withDetail("changelogVersion", version.changelogVersion())
			.withDetail("databaseVersion", version.lastApplied().map(ChangesetRef::id).orElse("none"))
			.withDetail("applied", version.applied())
			.withDetail("pending", names(version.pending()));
		version.tag().ifPresent(tag -> builder.withDetail("tag", tag));
		if (!version.unexpected().isEmpty()) {
			builder.withDetail("unknown", names(version.unexpected()));
		}
		if (!version.edited().isEmpty()) {
			builder.withDetail("edited", names(version.edited()));
		}
		builder.withDetail("drift", driftDetails());
	}

	private Object driftDetails() {
		if (!this.drift.isEnabled()) {
			return "off";
		}
		return this.drift.current().<Object>map(check -> {
			Map<String, Object> details = new LinkedHashMap<>();
			if (check.drift() != null) {
				details.put("objects", check.drift().count());
			}
			else {
				details.put("error", check.error());
			}
			details.put("checkedAt", check.at().toString());
			return details;
		}).orElse("checking");
	}

	private static List<String> names(List<ChangesetRef> changesets) {
		return changesets.stream().map(ChangesetRef::toString).toList();
	}

}
