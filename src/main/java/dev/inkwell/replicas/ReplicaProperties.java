package dev.inkwell.replicas;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;

/**
 * PostgreSQL streaming replicas that take the queries.
 *
 * @param replicas JDBC ({@code jdbc:postgresql://host:port/db}) or
 * {@code postgres://user:password@host:port/db} URLs of streaming replicas of the
 * primary, comma-separated; a URL without its own user and password uses the primary's;
 * empty: every statement runs on the primary
 * @param replicaMaxLag a replica that has not replayed what the primary wrote this long
 * ago gets no reads until it catches up
 */
@ConfigurationProperties("inkwell.datasource")
public record ReplicaProperties(List<String> replicas, @DefaultValue("5s") Duration replicaMaxLag) {

	public ReplicaProperties {
		replicas = replicas == null ? List.of()
				: replicas.stream().map(String::strip).filter(url -> !url.isEmpty()).toList();
	}

	/** Bound before any bean exists: whether replicas are configured decides which do. */
	static ReplicaProperties of(Environment environment) {
		return Binder.get(environment).bindOrCreate("inkwell.datasource", ReplicaProperties.class);
	}

}
