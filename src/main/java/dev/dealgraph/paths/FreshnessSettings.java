package dev.dealgraph.paths;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long anyone waits for the read model, and never longer: readers answer from the
 * state already published, and wait only for what they ask for.
 *
 * @param writeVisibilityTimeout how long a write through this instance waits for its
 * change to be in this instance's answers before it answers anyway, and how long a read
 * that names a change ({@code Dealgraph-Min-Change}) waits for it before a 503
 * @param firstLoadTimeout how long a read arriving before the first load waits for it
 * before a 503
 */
@ConfigurationProperties("dealgraph.paths")
public record FreshnessSettings(@DefaultValue("2s") Duration writeVisibilityTimeout,
		@DefaultValue("1500ms") Duration firstLoadTimeout) {

}
