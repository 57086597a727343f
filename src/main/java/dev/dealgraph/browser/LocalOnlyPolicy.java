package dev.dealgraph.browser;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.servlet.HandlerInterceptor;

/**
 * A Content-Security-Policy that keeps Browser on this machine: scripts, styles, fonts
 * and images from the application only, network connections to loopback only (the
 * application and the embedded Bolt port). Sales data is sensitive; Browser is also told
 * not to connect out ({@code browser.allow_outgoing_connections=false}), and this policy
 * holds even if a Browser version ignores that setting.
 */
class LocalOnlyPolicy implements HandlerInterceptor {

	static final String POLICY = String.join("; ", "default-src 'self'", "script-src 'self'",
			"style-src 'self' 'unsafe-inline'", "img-src 'self' data: blob:", "font-src 'self' data:",
			"connect-src 'self' ws://localhost:* ws://127.0.0.1:* http://localhost:* http://127.0.0.1:*",
			"worker-src 'self' blob:", "frame-src 'none'", "object-src 'none'", "base-uri 'self'");

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		response.setHeader("Content-Security-Policy", POLICY);
		return true;
	}

}
