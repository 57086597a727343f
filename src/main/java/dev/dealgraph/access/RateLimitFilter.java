package dev.dealgraph.access;

import java.io.IOException;

import dev.dealgraph.system.Caller;
import dev.dealgraph.system.FilterProblems;
import dev.dealgraph.system.ProblemTypes;
import dev.dealgraph.system.Sentences;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Holds each authenticated caller to their rate limit, right after authentication and
 * before anything else reads the request: beyond it, 429 with {@code Retry-After}.
 * Anonymous requests reach only health, the documentation and Browser's static files, or
 * get 401.
 */
final class RateLimitFilter extends OncePerRequestFilter {

	private static final Log logger = LogFactory.getLog(RateLimitFilter.class);

	private final CallerLimits limits;

	private final FilterProblems problems;

	RateLimitFilter(CallerLimits limits, FilterProblems problems) {
		this.limits = limits;
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !(authentication.getPrincipal() instanceof Caller caller)) {
			chain.doFilter(request, response);
			return;
		}
		long wait = this.limits.admit(caller);
		if (wait == 0) {
			chain.doFilter(request, response);
			return;
		}
		logger.debug("Rate limit reached by " + caller.userId() + " (key " + caller.keyId() + ")");
		response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(wait));
		this.problems.write(request, response, HttpStatus.TOO_MANY_REQUESTS, ProblemTypes.TOO_MANY_REQUESTS,
				Sentences.of("problem.too-many-requests.default", wait));
	}

}
