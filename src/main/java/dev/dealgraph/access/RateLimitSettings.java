package dev.dealgraph.access;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many requests one caller (an API key, or the user of a company token) may send. At
 * each refresh a caller gets {@code requestsPerSecond × refreshPeriod} requests, so a
 * longer period allows a larger burst at the same average.
 *
 * @param requestsPerSecond the average one caller may keep up
 * @param refreshPeriod how often a caller's allowance is renewed
 * @param maxCallers how many callers' allowances are kept at once; beyond that the least
 * recently seen are forgotten
 */
@ConfigurationProperties("dealgraph.access.rate-limit")
record RateLimitSettings(@DefaultValue("100") double requestsPerSecond, @DefaultValue("1s") Duration refreshPeriod,
		@DefaultValue("10000") int maxCallers) {

	RateLimitSettings {
		if (refreshPeriod.isNegative() || refreshPeriod.toMillis() < 1) {
			throw new IllegalArgumentException("dealgraph.access.rate-limit.refresh-period must be at least 1ms");
		}
		if (!(requestsPerSecond * refreshPeriod.toMillis() / 1000.0 >= 1)) {
			throw new IllegalArgumentException("dealgraph.access.rate-limit.requests-per-second times refresh-period "
					+ "must allow at least one request");
		}
		if (maxCallers < 1) {
			throw new IllegalArgumentException("dealgraph.access.rate-limit.max-callers must be at least 1");
		}
	}

	/** Requests allowed in each refresh period. */
	int requestsPerPeriod() {
		return (int) Math.min(Integer.MAX_VALUE,
				Math.round(this.requestsPerSecond * this.refreshPeriod.toMillis() / 1000.0));
	}

}
