package dev.dealgraph.system;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the Neo4j that runs inside the application when no {@code NEO4J_URI} is
 * set.
 *
 * @param dataDir where the store lives
 * @param boltPort the Bolt port, bound to 127.0.0.1 only; 0 picks a free one
 * @param pageCache the page cache size in Neo4j notation, kept small for laptops
 * @param lockTimeout how long a transaction waits for a lock another one holds (a busy
 * deal) before it fails, so writers on one deal never queue without end
 * @param transactionTimeout how long one transaction may run before Neo4j ends it
 */
@ConfigurationProperties("dealgraph.embedded")
public record EmbeddedNeo4jProperties(@DefaultValue("./data") Path dataDir, @DefaultValue("7687") int boltPort,
		@DefaultValue("256m") String pageCache, @DefaultValue("2s") Duration lockTimeout,
		@DefaultValue("10s") Duration transactionTimeout) {
}
