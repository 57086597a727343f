package dev.dealgraph.system;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How much work one instance takes on at once.
 *
 * @param maxInFlight requests worked on at the same time; the next one gets 503 at once
 * @param maxQueueTime how long a request may wait for a worker thread before it is
 * dropped unworked: its client has most likely given up
 * @param retryAfter what the 503 answers tell the client to wait
 */
@ConfigurationProperties("dealgraph.load")
public record AdmissionProperties(@DefaultValue("48") int maxInFlight, @DefaultValue("2s") Duration maxQueueTime,
		@DefaultValue("1s") Duration retryAfter) {

	public AdmissionProperties {
		if (maxInFlight < 1) {
			throw new IllegalArgumentException("dealgraph.load.max-in-flight must be at least 1, not " + maxInFlight);
		}
		if (maxQueueTime.isNegative() || maxQueueTime.isZero()) {
			throw new IllegalArgumentException("dealgraph.load.max-queue-time must be positive, not " + maxQueueTime);
		}
		if (retryAfter.toSeconds() < 1) {
			throw new IllegalArgumentException("dealgraph.load.retry-after must be at least 1s, not " + retryAfter);
		}
	}

}
