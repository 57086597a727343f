package dev.dealgraph.app;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.servlet.HandlerInterceptor;

/**
 * The planning page's Content-Security-Policy: scripts only from the application's own
 * files (no inline script, no eval), connections to the application only, nothing framed
 * and no framing. Styles allow inline attributes because ECharts writes its tooltip as
 * markup with style attributes; the page's own styles are in a file.
 */
class AppPolicy implements HandlerInterceptor {

	static final String POLICY = String.join("; ", "default-src 'self'", "script-src 'self'",
			"style-src 'self' 'unsafe-inline'", "img-src 'self' data: blob:", "font-src 'self'", "connect-src 'self'",
			"frame-src 'none'", "object-src 'none'", "base-uri 'self'", "form-action 'self'", "frame-ancestors 'none'");

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		response.setHeader("Content-Security-Policy", POLICY);
		return true;
	}

}
