package dev.inkwell.transport;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits and policies of the GraphQL HTTP endpoint.
 *
 * @param maxRequestSize the largest request body (or GET query string) read; larger is
 * HTTP 413
 * @param requestTimeout how long one request may take in all before it is answered
 * TIMEOUT (HTTP 503)
 * @param getMaxAge how long a shared cache may keep an anonymous, error-free answer to a
 * GET (0: revalidate)
 * @param maxConcurrentRequests how many requests execute at once (threads); others wait
 * in a queue. 0 (the default): the available processors plus
 * inkwell.graphql.max-concurrent-expensive, at least three per processor (6 on 2 cores),
 * because on a loaded server more executions in flight than cores make every one of them
 * slower (ADR 026)
 * @param maxQueuedRequests how many requests may wait; past that they are UNAVAILABLE
 */
@ConfigurationProperties("inkwell.graphql.http")
public record HttpProperties(@DefaultValue("2MB") DataSize maxRequestSize, @DefaultValue("15s") Duration requestTimeout,
		@DefaultValue("0s") Duration getMaxAge, @DefaultValue("0") int maxConcurrentRequests,
		@DefaultValue("1000") int maxQueuedRequests) {
}
