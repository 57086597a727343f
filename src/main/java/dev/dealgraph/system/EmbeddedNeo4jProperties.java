package dev.dealgraph.system;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the Neo4j that runs inside the application when no {@code NEO4J_URI} is
 * set.
 *
 * @param dataDir where the store lives
 * @param boltPort the Bolt port, bound to 127.0.0.1 only; 0 picks a free one
 * @param pageCache the page cache size in Neo4j notation, kept small for laptops
 */
@ConfigurationProperties("dealgraph.embedded")
public record EmbeddedNeo4jProperties(@DefaultValue("./data") Path dataDir, @DefaultValue("7687") int boltPort,
		@DefaultValue("256m") String pageCache) {
}
