package dev.inkwell.overrides;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

import graphql.ExecutionResult;
import graphql.GraphqlErrorBuilder;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import tools.jackson.databind.json.JsonMapper;

import dev.inkwell.errors.ErrorCode;
import dev.inkwell.graphql.GraphQlProperties;
import dev.inkwell.limits.ReadOnlyRequests;
import dev.inkwell.transport.CachePolicy;
import dev.inkwell.transport.GraphQlRequestReader;
import dev.inkwell.transport.HttpProperties;
import dev.inkwell.transport.InvalidRequestException;
import dev.inkwell.transport.TransportErrors;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.graphql.MediaTypes;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.server.webmvc.GraphQlHttpHandler;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import org.springframework.graphql.support.DefaultGraphQlRequest;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.util.AlternativeJdkIdGenerator;
import org.springframework.util.IdGenerator;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * The GraphQL HTTP endpoint for GET and POST. It reads the request itself (Spring's
 * handler reads only POST bodies and answers malformed ones with an empty 400), refuses
 * documents over the size limit before parsing, marks GET requests read-only, runs the
 * request off the servlet thread so the overall timeout can answer on time, and picks the
 * status: with {@code application/graphql-response+json} 200 when there is data, else
 * 400, 401, 405 or 503 by the error; with {@code application/json} always 200 except 405
 * for a mutation over GET.
 */
class GraphQlHttpEndpoint extends GraphQlHttpHandler {

	private static final Logger log = LoggerFactory.getLogger(GraphQlHttpEndpoint.class);

	private static final List<MediaType> RESPONSE_TYPES = List.of(MediaTypes.APPLICATION_GRAPHQL_RESPONSE,
			MediaType.APPLICATION_JSON);

	private final WebGraphQlHandler graphQlHandler;

	private final GraphQlRequestReader reader;

	private final HttpProperties properties;

	private final GraphQlProperties limits;

	private final TransportErrors errors;

	private final IdGenerator ids = new AlternativeJdkIdGenerator();

	private final Scheduler executions;

	private final ResponseJson json;

	GraphQlHttpEndpoint(WebGraphQlHandler graphQlHandler, GraphQlRequestReader reader, HttpProperties properties,
			GraphQlProperties limits, TransportErrors errors, JsonMapper json, MeterRegistry meters) {
		super(graphQlHandler);
		this.graphQlHandler = graphQlHandler;
		this.json = new ResponseJson(json);
		this.reader = reader;
		this.properties = properties;
		this.limits = limits;
		this.errors = errors;
		// Blocking resolvers run on these threads, not the servlet's, so the timeout
		// answers on time; requests past
		// the cap wait in the queue within their timeout, and past the queue are
		// UNAVAILABLE.
		this.executions = ExecutionThreads.start(concurrentRequests(properties.maxConcurrentRequests(),
				limits.maxConcurrentExpensive(), Runtime.getRuntime().availableProcessors()),
				properties.maxQueuedRequests(), meters);
	}

	/**
	 * How many requests execute at once: as configured, else one per processor plus one
	 * per expensive operation that may run (each holds its thread for its whole run), so
	 * that expensive ones at their limit leave cheap ones room, and at least three per
	 * processor, the cap that served the feed fastest (ADR 026: 6 on 2 cores, ahead of
	 * 4).
	 */
	static int concurrentRequests(int configured, int maxConcurrentExpensive, int processors) {
		if (configured > 0) {
			return configured;
		}
		return Math.max(3 * processors, processors + maxConcurrentExpensive);
	}

	/**
	 * Called by the context when it closes (an inferred destroy method): the execution
	 * threads end.
	 */
	public void shutdown() {
		executions.dispose();
	}

	@Override
	public ServerResponse handleRequest(ServerRequest request) {
		GraphQlRequestReader.HttpGraphQlRequest body;
		try {
			body = reader.read(request);
		}
		catch (InvalidRequestException ex) {
			return errors.respond(request, ex.status(), ex.code(), ex.getMessage(), Map.of());
		}
		int size = body.document().getBytes(StandardCharsets.UTF_8).length;
		if (size > limits.maxDocumentBytes()) {
			return errors.respond(request, HttpStatus.CONTENT_TOO_LARGE, ErrorCode.QUERY_TOO_COMPLEX.name(),
					"The document is %d bytes long; the limit is %d".formatted(size, limits.maxDocumentBytes()),
					Map.of("size", size, "maxSize", limits.maxDocumentBytes()));
		}
		WebGraphQlRequest graphQlRequest = new WebGraphQlRequest(request.uri(), request.headers().asHttpHeaders(),
				new LinkedMultiValueMap<>(), request.remoteAddress().orElse(null), request.attributes(),
				new DefaultGraphQlRequest(body.document(), body.operationName(), body.variables(), body.extensions()),
				ids.generateId().toString(), LocaleContextHolder.getLocale());
		boolean get = request.method() == HttpMethod.GET;
		if (get) {
			graphQlRequest
				.configureExecutionInput((input, builder) -> builder.graphQLContext(ReadOnlyRequests::mark).build());
		}
		Mono<WebGraphQlResponse> response = graphQlHandler.handleRequest(graphQlRequest)
			.subscribeOn(executions)
			.timeout(properties.requestTimeout())
			.onErrorResume(TimeoutException.class, ex -> Mono.just(timedOut(graphQlRequest)))
			.onErrorResume(RejectedExecutionException.class, ex -> Mono.just(overloaded(graphQlRequest)))
			.onErrorResume(ex -> !(ex instanceof TimeoutException), ex -> Mono.just(failed(graphQlRequest, ex)))
			.doOnNext(graphQlResponse -> headers(request, graphQlResponse, get));
		return prepareResponse(request, response);
	}

	/**
	 * The response, written by the thread that ends the execution
	 * ({@link DirectResponse}): the status by {@link #selectResponseStatus}, the media
	 * type the first accepted one this endpoint speaks, else {@code application/json}.
	 */
	@Override
	protected ServerResponse prepareResponse(ServerRequest request, Mono<WebGraphQlResponse> response) {
		MediaType type = responseType(request);
		return new DirectResponse(response
			.map(graphQlResponse -> new DirectResponse.Body(selectResponseStatus(graphQlResponse, type),
					graphQlResponse.getResponseHeaders(), graphQlResponse.toMap()))
			.toFuture(), type, json, properties.requestTimeout().plusSeconds(10).toMillis());
	}

	private static MediaType responseType(ServerRequest request) {
		List<MediaType> accepted;
		try {
			accepted = request.headers().accept();
		}
		catch (InvalidMediaTypeException ex) {
			return MediaType.APPLICATION_JSON;
		}
		return accepted.stream().filter(RESPONSE_TYPES::contains).findFirst().orElse(MediaType.APPLICATION_JSON);
	}

	private WebGraphQlResponse timedOut(WebGraphQlRequest request) {
		return retryLater(request, ErrorCode.TIMEOUT,
				"The request took longer than %d ms: retry later".formatted(properties.requestTimeout().toMillis()));
	}

	private WebGraphQlResponse overloaded(WebGraphQlRequest request) {
		return retryLater(request, ErrorCode.UNAVAILABLE, "Too many requests are waiting: retry shortly");
	}

	private static WebGraphQlResponse retryLater(WebGraphQlRequest request, ErrorCode code, String message) {
		ExecutionResult result = ExecutionResult.newExecutionResult()
			.addError(GraphqlErrorBuilder.newError()
				.errorType(graphql.ErrorClassification.errorClassification(code.name()))
				.message(message)
				.extensions(Map.of("code", code.name(), "retryAfterSeconds", 1))
				.build())
			.build();
		return new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(request.toExecutionInput(), result));
	}

	/**
	 * A fault outside any resolver (the engine itself): logged with an id, answered like
	 * any INTERNAL error.
	 */
	private WebGraphQlResponse failed(WebGraphQlRequest request, Throwable failure) {
		String errorId = ids.generateId().toString();
		log.error("Internal error {} outside the resolvers", errorId, failure);
		ExecutionResult result = ExecutionResult.newExecutionResult()
			.addError(GraphqlErrorBuilder.newError()
				.errorType(graphql.ErrorClassification.errorClassification("INTERNAL_ERROR"))
				.message("Internal error; quote " + errorId + " when reporting it")
				.extensions(Map.of("code", ErrorCode.INTERNAL.name(), "errorId", errorId))
				.build())
			.build();
		return new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(request.toExecutionInput(), result));
	}

	private void headers(ServerRequest request, WebGraphQlResponse response, boolean get) {
		Set<String> codes = codes(response);
		if (codes.contains(ErrorCode.METHOD_NOT_ALLOWED.name())) {
			response.getResponseHeaders().setAllow(Set.of(HttpMethod.POST));
		}
		if (codes.contains(ErrorCode.UNAVAILABLE.name()) || codes.contains(ErrorCode.TIMEOUT.name())) {
			response.getResponseHeaders().set("Retry-After", "1");
		}
		if (get) {
			CachePolicy.apply(request, response.getResponseHeaders(), !codes.isEmpty(), properties.getMaxAge());
		}
		else {
			response.getResponseHeaders().setCacheControl("no-store");
		}
	}

	@Override
	protected HttpStatus selectResponseStatus(WebGraphQlResponse response, MediaType mediaType) {
		Set<String> codes = codes(response);
		if (codes.contains(ErrorCode.METHOD_NOT_ALLOWED.name())) {
			return HttpStatus.METHOD_NOT_ALLOWED;
		}
		if (!MediaTypes.APPLICATION_GRAPHQL_RESPONSE.equals(mediaType)
				|| response.getExecutionResult().isDataPresent()) {
			return HttpStatus.OK;
		}
		if (codes.contains(ErrorCode.UNAVAILABLE.name()) || codes.contains(ErrorCode.TIMEOUT.name())) {
			return HttpStatus.SERVICE_UNAVAILABLE;
		}
		if (codes.contains(ErrorCode.UNAUTHENTICATED.name())) {
			return HttpStatus.UNAUTHORIZED;
		}
		if (codes.contains(ErrorCode.INTERNAL.name())) {
			return HttpStatus.INTERNAL_SERVER_ERROR;
		}
		return HttpStatus.BAD_REQUEST;
	}

	private static Set<String> codes(WebGraphQlResponse response) {
		return response.getErrors()
			.stream()
			.map(ResponseError::getExtensions)
			.map(extensions -> String.valueOf(extensions.get("code")))
			.collect(Collectors.toSet());
	}

}
