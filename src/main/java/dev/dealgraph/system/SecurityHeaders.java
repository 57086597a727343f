package dev.dealgraph.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;

/**
 * The headers every answer carries, also those written before the security filter chain
 * (request-shape refusals, the Host check) or by Tomcat's own error report, which Spring
 * Security's header writer never sees. Each is set only when the answer has none yet, so
 * Browser's own policy ({@code /browser/}), the planning page's ({@code /app/}) and a
 * resource's own caching stay as they are.
 */
public final class SecurityHeaders {

	/** Nothing loads from or frames an API answer. */
	static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";

	/** Swagger UI runs its own scripts and styles; it only must not be framed. */
	static final String SWAGGER_POLICY = "frame-ancestors 'none'";

	private SecurityHeaders() {
	}

	/**
	 * For answers that pass the security filter chain: a Spring Security header writer.
	 */
	public static void write(HttpServletRequest request, HttpServletResponse response) {
		String path = request.getRequestURI();
		if (path.startsWith("/swagger-ui")) {
			setIfAbsent(response, "Content-Security-Policy", SWAGGER_POLICY);
		}
		else if (!path.equals("/browser") && !path.startsWith("/browser/") && !path.equals("/app")
				&& !path.startsWith("/app/")) {
			setIfAbsent(response, "Content-Security-Policy", API_POLICY);
		}
		common(response);
	}

	/** For a problem written straight to the response: never cached, never rendered. */
	static void problem(HttpServletResponse response) {
		setIfAbsent(response, "Content-Security-Policy", API_POLICY);
		setIfAbsent(response, HttpHeaders.CACHE_CONTROL, "no-store");
		common(response);
	}

	private static void common(HttpServletResponse response) {
		setIfAbsent(response, "X-Content-Type-Options", "nosniff");
		setIfAbsent(response, "X-Frame-Options", "DENY");
		setIfAbsent(response, "Referrer-Policy", "no-referrer");
	}

	private static void setIfAbsent(HttpServletResponse response, String name, String value) {
		if (!response.containsHeader(name)) {
			response.setHeader(name, value);
		}
	}

}
