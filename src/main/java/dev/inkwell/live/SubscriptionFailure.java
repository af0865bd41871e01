package dev.inkwell.live;

import java.util.Map;

import dev.inkwell.errors.ErrorCode;

import org.springframework.graphql.execution.ErrorType;

/**
 * Why a subscription cannot start or has ended, as the client will read it: a
 * classification, a code and details. Subscriptions report every failure through their
 * event stream (so SSE, which serves only streams, can carry it).
 */
final class SubscriptionFailure extends RuntimeException {

	private final ErrorType type;

	private final ErrorCode code;

	private final Map<String, Object> details;

	SubscriptionFailure(ErrorType type, ErrorCode code, String message, Map<String, Object> details) {
		super(message, null, false, false);
		this.type = type;
		this.code = code;
		this.details = details;
	}

	static SubscriptionFailure slowConsumer() {
		return new SubscriptionFailure(ErrorType.BAD_REQUEST, ErrorCode.SLOW_CONSUMER,
				"Dropped: this client read events slower than they came; resume with 'after:' the last cursor read",
				Map.of());
	}

	static SubscriptionFailure limit(String message, int limit) {
		return new SubscriptionFailure(ErrorType.BAD_REQUEST, ErrorCode.SUBSCRIPTION_LIMIT, message,
				Map.of("limit", limit));
	}

	static SubscriptionFailure expired(long prunedThrough) {
		return new SubscriptionFailure(ErrorType.BAD_REQUEST, ErrorCode.EVENTS_EXPIRED,
				"Events after this cursor were pruned (older than the server's retention): read the current state "
						+ "with a query, then subscribe without 'after:'",
				Map.of("argument", "after"));
	}

	ErrorType type() {
		return this.type;
	}

	ErrorCode code() {
		return this.code;
	}

	Map<String, Object> details() {
		return this.details;
	}

}
