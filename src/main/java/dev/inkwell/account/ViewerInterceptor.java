package dev.inkwell.account;

import java.net.InetSocketAddress;
import java.util.Locale;
import java.util.Map;

import dev.inkwell.errors.ErrorCode;
import dev.inkwell.errors.UnauthenticatedException;
import graphql.ExecutionResult;
import graphql.GraphqlErrorBuilder;
import reactor.core.publisher.Mono;

import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.server.WebSocketGraphQlInterceptor;
import org.springframework.graphql.server.WebSocketGraphQlRequest;
import org.springframework.graphql.server.WebSocketSessionInfo;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

/**
 * Reads {@code Authorization: Bearer …} of an HTTP request, or of a WebSocket's
 * {@code connection_init} payload, and puts the {@link Viewer} into the GraphQL context.
 * No token means anonymous; an invalid, tampered or expired token answers the whole HTTP
 * request with one UNAUTHENTICATED error (no data), and refuses the WebSocket connection
 * (close status 4401), so a client learns that its token is bad instead of silently
 * reading as anonymous. A token issued before the account's last password reset or change
 * is refused the same way: each signed-in request (and each operation on a WebSocket)
 * compares the token's generation with the account's, as {@link EndedTokens} knows it
 * without a statement (ADR 037).
 */
@Component
class ViewerInterceptor implements WebSocketGraphQlInterceptor {

	private static final String BEARER = "bearer ";

	/** The session attribute that keeps a WebSocket's verified token. */
	private static final String VERIFIED_KEY = "inkwell.verifiedToken";

	private final Tokens tokens;

	private final EndedTokens ended;

	ViewerInterceptor(Tokens tokens, EndedTokens ended) {
		this.tokens = tokens;
		this.ended = ended;
	}

	/**
	 * A WebSocket signs in once, with the token in its connection_init payload; its
	 * requests then run as that viewer.
	 */
	@Override
	public Mono<Object> handleConnectionInitialization(WebSocketSessionInfo session, Map<String, Object> payload) {
		Object authorization = payload.getOrDefault(HttpHeaders.AUTHORIZATION, payload.get("authorization"));
		Tokens.Verified verified;
		try {
			verified = verifiedOf(authorization instanceof String header ? header : null);
		}
		catch (UnauthenticatedException ex) {
			return Mono.error(ex);
		}
		if (verified != null) {
			session.getAttributes().put(Viewer.CONTEXT_KEY, verified.viewer());
			session.getAttributes().put(VERIFIED_KEY, verified);
		}
		return Mono.empty();
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		Viewer viewer;
		try {
			Tokens.Verified verified = request instanceof WebSocketGraphQlRequest socketRequest
					? current((Tokens.Verified) socketRequest.getSessionInfo().getAttributes().get(VERIFIED_KEY))
					: verifiedOf(request.getHeaders().getFirst(HttpHeaders.AUTHORIZATION));
			viewer = verified == null ? null : verified.viewer();
		}
		catch (UnauthenticatedException ex) {
			return Mono.just(rejected(request, ex.getMessage()));
		}
		String clientAddress = clientAddress(request.getRemoteAddress());
		request.configureExecutionInput((input, builder) -> builder.graphQLContext(context -> {
			context.put(Viewer.CLIENT_ADDRESS_KEY, clientAddress);
			if (viewer != null) {
				context.put(Viewer.CONTEXT_KEY, viewer);
			}
		}).build());
		return chain.next(request);
	}

	private Tokens.Verified verifiedOf(String authorization) {
		if (authorization == null || authorization.isBlank()) {
			return null;
		}
		if (!authorization.toLowerCase(Locale.ROOT).startsWith(BEARER) || authorization.length() == BEARER.length()) {
			throw new UnauthenticatedException("The Authorization header must be 'Bearer <token>'");
		}
		return current(tokens.verify(authorization.substring(BEARER.length()).strip()));
	}

	/**
	 * The token, unless a password reset or change since it was issued ended it. An
	 * account that no longer exists is left to the permission checks, as before.
	 */
	private Tokens.Verified current(Tokens.Verified verified) {
		if (verified != null && verified.generation() < ended.generation(verified.viewer().authorId())) {
			throw new UnauthenticatedException(
					"The bearer token was ended by a password change or reset: sign in again");
		}
		return verified;
	}

	private static String clientAddress(InetSocketAddress remote) {
		return remote == null || remote.getAddress() == null ? "unknown" : remote.getAddress().getHostAddress();
	}

	private static WebGraphQlResponse rejected(WebGraphQlRequest request, String message) {
		ExecutionResult result = ExecutionResult.newExecutionResult()
			.addError(GraphqlErrorBuilder.newError()
				.errorType(ErrorType.UNAUTHORIZED)
				.message(message)
				.extensions(Map.of("code", ErrorCode.UNAUTHENTICATED.name()))
				.build())
			.build();
		return new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(request.toExecutionInput(), result));
	}

}
