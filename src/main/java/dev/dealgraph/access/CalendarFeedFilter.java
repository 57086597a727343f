package dev.dealgraph.access;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets a calendar app in by the secret in a feed's path: the request reads as the user
 * who made the feed, with their grants as they are now, and counts against their rate
 * limit, even when an API key comes with it. A secret that opens no feed leaves the
 * request as it was, and the feed endpoint answers 404. The secret is never logged.
 */
final class CalendarFeedFilter extends OncePerRequestFilter {

	private final CalendarFeeds feeds;

	CalendarFeedFilter(CalendarFeeds feeds) {
		this.feeds = feeds;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String secret = CalendarFeeds.secretOf(request.getRequestURI().substring(request.getContextPath().length()));
		CalendarFeeds.Opened opened = (secret != null) ? this.feeds.open(secret).orElse(null) : null;
		if (opened == null) {
			chain.doFilter(request, response);
			return;
		}
		SecurityContext previous = SecurityContextHolder.getContext();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(new CallerAuthentication(opened.caller()));
		SecurityContextHolder.setContext(context);
		CalendarFeeds.let(request, opened.feed());
		try {
			chain.doFilter(request, response);
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

}
