package dev.dealgraph.access;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.dealgraph.system.Caller;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.internal.AtomicRateLimiter;

import org.springframework.stereotype.Component;

/**
 * One rate limiter per caller, made when the caller first shows up. Limiters idle for a
 * whole refresh period are dropped (a new one would start just as full), and at most
 * {@code max-callers} are kept, so a flood of callers cannot fill the memory.
 */
@Component
class CallerLimits {

	private final RateLimiterConfig config;

	private final Cache<String, AtomicRateLimiter> limiters;

	CallerLimits(RateLimitSettings settings) {
		// a request over the limit is answered at once, never queued for a permit
		this.config = RateLimiterConfig.custom()
			.limitForPeriod(settings.requestsPerPeriod())
			.limitRefreshPeriod(settings.refreshPeriod())
			.timeoutDuration(Duration.ZERO)
			.writableStackTraceEnabled(false)
			.build();
		this.limiters = Caffeine.newBuilder()
			.maximumSize(settings.maxCallers())
			.expireAfterAccess(settings.refreshPeriod())
			.build();
	}

	/**
	 * Takes one request from the caller's allowance: 0 when it is granted, else the whole
	 * seconds until the next one would be.
	 */
	long admit(Caller caller) {
		String name = (caller.keyId() != null) ? "key:" + caller.keyId() : "user:" + caller.userId();
		AtomicRateLimiter limiter = this.limiters.get(name, (key) -> new AtomicRateLimiter(key, this.config));
		if (limiter.acquirePermission()) {
			return 0;
		}
		long nanos = limiter.getDetailedMetrics().getNanosToWait();
		return Math.max(1, (nanos + 999_999_999L) / 1_000_000_000L);
	}

}
