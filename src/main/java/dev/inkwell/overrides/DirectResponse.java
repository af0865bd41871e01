package dev.inkwell.overrides;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.inkwell.errors.ErrorCode;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * A GraphQL response that the thread finishing the execution writes itself, inside a
 * servlet {@link AsyncContext} it then completes. Spring's asynchronous
 * {@code ServerResponse} would instead hand the response back to the container, which
 * dispatches the request a second time through the filters, the handler mapping and the
 * handler adapter only to write it: on a small request such as an author page that second
 * pass was a fifth of the server's time (ADR 025). Security headers are written before
 * the handler runs ({@code AuthConfiguration}), so nothing is added to the response after
 * the handler returns.
 */
final class DirectResponse implements ServerResponse {

	private static final Logger log = LoggerFactory.getLogger(DirectResponse.class);

	private static final byte[] FAILED = """
			{"errors":[{"message":"Internal error","extensions":{"code":"%s"}}]}""".formatted(ErrorCode.INTERNAL.name())
		.getBytes(StandardCharsets.UTF_8);

	private final CompletableFuture<Body> body;

	private final MediaType contentType;

	private final ResponseJson json;

	private final long timeoutMillis;

	/**
	 * @param body the response once the execution ends
	 * @param contentType the media type the response is written as
	 * @param json encodes the response
	 * @param timeoutMillis how long the container keeps the request open: longer than the
	 * endpoint's own request timeout, which answers first
	 */
	DirectResponse(CompletableFuture<Body> body, MediaType contentType, ResponseJson json, long timeoutMillis) {
		this.body = body;
		this.contentType = contentType;
		this.json = json;
		this.timeoutMillis = timeoutMillis;
	}

	/** What is written: the status, the headers the execution set, and the result map. */
	record Body(HttpStatus status, HttpHeaders headers, Map<String, Object> result) {
	}

	@Override
	public ModelAndView writeTo(HttpServletRequest request, HttpServletResponse response, Context context)
			throws IOException {
		if (body.isDone()) {
			write(response);
			return null;
		}
		AsyncContext async = request.startAsync(request, response);
		async.setTimeout(timeoutMillis);
		body.whenComplete((result, failure) -> {
			try {
				write((HttpServletResponse) async.getResponse());
			}
			catch (IOException | RuntimeException ex) {
				// The client left, or the container ended the request (its timeout).
				log.debug("The response could not be written", ex);
			}
			finally {
				complete(async);
			}
		});
		return null;
	}

	private void write(HttpServletResponse response) throws IOException {
		Body result;
		ResponseBytes bytes;
		try {
			result = body.join();
			bytes = json.encode(result.result());
		}
		catch (RuntimeException ex) {
			log.error("The response could not be encoded", ex);
			response.setStatus(HttpStatus.INTERNAL_SERVER_ERROR.value());
			response.setContentType(MediaType.APPLICATION_JSON_VALUE);
			response.setContentLength(FAILED.length);
			response.getOutputStream().write(FAILED);
			return;
		}
		response.setStatus(result.status().value());
		result.headers().forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
		response.setContentType(contentType.toString());
		response.setContentLength(bytes.size());
		bytes.writeTo(response.getOutputStream());
	}

	private static void complete(AsyncContext async) {
		try {
			async.complete();
		}
		catch (IllegalStateException ex) {
			// Already completed by the container (the client left, or its timeout).
			log.debug("The request had already ended", ex);
		}
	}

	@Override
	public HttpStatusCode statusCode() {
		return HttpStatus.OK;
	}

	@Override
	public HttpHeaders headers() {
		return new HttpHeaders();
	}

	@Override
	public MultiValueMap<String, Cookie> cookies() {
		return new LinkedMultiValueMap<>();
	}

}
