package dev.inkwell.live;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits and timings of subscriptions (docs/guide/configuration.md).
 *
 * @param retention how long events stay in the outbox; a resume from an older cursor is
 * EVENTS_EXPIRED
 * @param pruneInterval how often an instance deletes events past the retention
 * @param maxPerConnection subscriptions one WebSocket may hold at once
 * @param maxConnections WebSocket connections plus SSE streams one instance holds at once
 * @param bufferSize events held for one subscriber that reads slower than they come; past
 * it the subscriber is dropped with SLOW_CONSUMER
 * @param batchSize outbox rows read per statement, live and when a subscriber catches up
 * @param sendQueueSize messages waiting to be sent on one WebSocket (all its
 * subscriptions) whose client reads slower than they come; past it the connection is
 * closed with status 4499
 * @param websocketMessageSize the longest message a client may send on a WebSocket, in
 * characters (a {@code subscribe} with its document and variables); Tomcat keeps a buffer
 * of twice as many bytes for every open connection, and closes one that sends a longer
 * message with status 1009
 * @param socketBufferSize Tomcat's read and write buffers of every connection, in bytes
 * each (HTTP connections too); kept for an open WebSocket's life
 */
@ConfigurationProperties("inkwell.subscriptions")
record SubscriptionProperties(@DefaultValue("24h") Duration retention, @DefaultValue("10m") Duration pruneInterval,
		@DefaultValue("100") int maxPerConnection, @DefaultValue("10000") int maxConnections,
		@DefaultValue("256") int bufferSize, @DefaultValue("500") int batchSize, @DefaultValue("512") int sendQueueSize,
		@DefaultValue("8192") int websocketMessageSize, @DefaultValue("8192") int socketBufferSize) {
}
