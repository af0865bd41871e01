package dev.inkwell.replicas;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * {@code replicas} in /actuator/health: each replica's URL, whether it takes reads, its
 * lag and why not, as the monitor's last round found them (no statement per probe).
 * Always up: without a usable replica the reads go to the primary, and the instance
 * serves on.
 */
final class ReplicasHealthIndicator extends AbstractHealthIndicator {

	private final ReplicaSet replicas;

	ReplicasHealthIndicator(ReplicaSet replicas) {
		super("Replica health check failed");
		this.replicas = replicas;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		int usable = 0;
		for (Replica replica : replicas.replicas()) {
			Replica.State state = replica.state();
			Map<String, Object> details = new LinkedHashMap<>();
			details.put("url", replica.displayUrl());
			details.put("reads", state.usable());
			details.put("lagMs", state.lagMillis() < 0 ? null : state.lagMillis());
			if (state.problem() != null) {
				details.put("problem", state.problem());
			}
			builder.withDetail(replica.name(), details);
			usable += state.usable() ? 1 : 0;
		}
		builder.up().withDetail("usable", usable);
	}

}
