package dev.dealgraph.system;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sheds load instead of queueing it. At most {@code dealgraph.load.max-in-flight}
 * requests are worked on at once; the next one is answered 503 with {@code Retry-After}
 * at once, before authentication or anything else reads it. A request that waited for a
 * worker thread longer than {@code dealgraph.load.max-queue-time} is dropped the same way
 * before any work starts: its client has most likely given up. Health probes are never
 * shed, so a balancer can tell a busy instance from a dead one.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class AdmissionFilter extends OncePerRequestFilter {

	private static final Log logger = LogFactory.getLog(AdmissionFilter.class);

	private final Semaphore permits;

	private final long maxQueueNanos;

	private final String retryAfter;

	private final MessageSource messages;

	private final AtomicLong shed = new AtomicLong();

	private final AtomicLong expired = new AtomicLong();

	// bound from the environment, not injected: web-slice tests build this filter too
	AdmissionFilter(Environment environment, MessageSource messages, ObjectProvider<MeterRegistry> meters) {
		AdmissionProperties properties = Binder.get(environment)
			.bindOrCreate("dealgraph.load", AdmissionProperties.class);
		this.permits = new Semaphore(properties.maxInFlight());
		this.maxQueueNanos = properties.maxQueueTime().toNanos();
		this.retryAfter = Long.toString(properties.retryAfter().toSeconds());
		this.messages = messages;
		int limit = properties.maxInFlight();
		meters.ifAvailable((registry) -> {
			Gauge.builder("dealgraph.requests.in-flight", this.permits, (p) -> limit - p.availablePermits())
				.description("requests being worked on")
				.register(registry);
			registry.more().counter("dealgraph.requests.shed", List.of(), this.shed);
			registry.more().counter("dealgraph.requests.expired", List.of(), this.expired);
		});
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long waited = QueueClock.waitedNanos();
		if (isProbe(request)) {
			chain.doFilter(request, response);
			return;
		}
		if (waited > this.maxQueueNanos) {
			this.expired.incrementAndGet();
			logger.debug("Dropped a request that waited " + Duration.ofNanos(waited).toMillis() + " ms for a worker");
			refuse(request, response, "problem.overloaded.expired", Duration.ofNanos(waited).toMillis());
			return;
		}
		if (!this.permits.tryAcquire()) {
			this.shed.incrementAndGet();
			refuse(request, response, "problem.overloaded.default", null);
			return;
		}
		try {
			chain.doFilter(request, response);
		}
		finally {
			this.permits.release();
		}
	}

	private void refuse(HttpServletRequest request, HttpServletResponse response, String code,
			@Nullable Long waitedMillis) throws IOException {
		response.setHeader(HttpHeaders.RETRY_AFTER, this.retryAfter);
		ProblemWriter.write(request, response,
				ProblemWriter.problem(this.messages, ProductLocales.of(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE)),
						HttpStatus.SERVICE_UNAVAILABLE, ProblemTypes.OVERLOADED,
						(waitedMillis != null) ? Sentences.of(code, waitedMillis, this.retryAfter)
								: Sentences.of(code, this.retryAfter)));
	}

	private static boolean isProbe(HttpServletRequest request) {
		String path = request.getRequestURI();
		return path.equals("/actuator/health") || path.startsWith("/actuator/health/");
	}

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return true;
	}

}
