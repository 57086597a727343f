package dev.dealgraph.access;

import java.io.IOException;
import java.util.Optional;

import dev.dealgraph.system.Caller;
import dev.dealgraph.system.FilterProblems;
import dev.dealgraph.system.ProblemTypes;
import dev.dealgraph.system.Sentences;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates {@code Authorization: Bearer dgk_...} against the directory's key hashes.
 * A key that is unknown or revoked answers 401 at once; other bearer tokens are left to
 * the company token decoder, when one is configured.
 */
final class ApiKeyFilter extends OncePerRequestFilter {

	private static final String BEARER = "bearer ";

	private final AccessDirectory directory;

	private final KeyUse use;

	private final FilterProblems problems;

	ApiKeyFilter(AccessDirectory directory, KeyUse use, FilterProblems problems) {
		this.directory = directory;
		this.use = use;
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String token = token(request);
		if (token == null || !KeySecrets.isKey(token)) {
			chain.doFilter(request, response);
			return;
		}
		Optional<Caller> caller = this.directory.byKeyHash(KeySecrets.hash(token));
		if (caller.isEmpty()) {
			unauthorized(request, response, this.problems, true);
			return;
		}
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(new CallerAuthentication(caller.get()));
		SecurityContextHolder.setContext(context);
		this.use.used(caller.get().keyId());
		try {
			chain.doFilter(request, response);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	/** The bearer token, or null when the request carries none. */
	static @org.jspecify.annotations.Nullable String token(HttpServletRequest request) {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header == null || header.length() < BEARER.length()
				|| !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
			return null;
		}
		return header.substring(BEARER.length()).strip();
	}

	static void unauthorized(HttpServletRequest request, HttpServletResponse response, FilterProblems problems,
			boolean invalid) throws IOException {
		response.setHeader(HttpHeaders.WWW_AUTHENTICATE,
				invalid ? "Bearer error=\"invalid_token\"" : "Bearer realm=\"dealgraph\"");
		problems.write(request, response, HttpStatus.UNAUTHORIZED, ProblemTypes.UNAUTHORIZED,
				Sentences.of(invalid ? "problem.unauthorized.invalid" : "problem.unauthorized.default"));
	}

}
