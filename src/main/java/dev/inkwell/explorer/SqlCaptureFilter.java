package dev.inkwell.explorer;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Binds a fresh {@link SqlLog} to each GraphQL HTTP request before Spring for GraphQL
 * captures the thread's context, so the log follows the request to every thread that
 * works for it.
 */
final class SqlCaptureFilter extends OncePerRequestFilter {

	/** The request header that asks for each statement's plan. */
	static final String EXPLAIN_HEADER = "X-Inkwell-Explain";

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		SqlLog log = new SqlLog("true".equalsIgnoreCase(request.getHeader(EXPLAIN_HEADER)));
		request.setAttribute(SqlLog.ATTRIBUTE, log);
		SqlLog previous = SqlLog.CURRENT.get();
		SqlLog.CURRENT.set(log);
		try {
			chain.doFilter(request, response);
		}
		finally {
			if (previous == null) {
				SqlLog.CURRENT.remove();
			}
			else {
				SqlLog.CURRENT.set(previous);
			}
		}
	}

}
