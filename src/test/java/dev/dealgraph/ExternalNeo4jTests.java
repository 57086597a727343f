package dev.dealgraph;

import dev.dealgraph.deal.ConcurrentEditTests;
import dev.dealgraph.deal.DealMapTests;
import dev.dealgraph.importing.BadInputTests;
import dev.dealgraph.importing.ImportExportTests;
import org.junit.jupiter.api.Nested;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.neo4j.Neo4jContainer;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The integration suite against Neo4j servers in containers, through {@code NEO4J_URI},
 * as in production. Skipped where no Docker engine runs; the embedded suite covers the
 * rest.
 */
class ExternalNeo4jTests {

	static final String PASSWORD = "dealgraph-test-password";

	static void connect(DynamicPropertyRegistry registry, Neo4jContainer neo4j) {
		registry.add("NEO4J_URI", neo4j::getBoltUrl);
		registry.add("NEO4J_USERNAME", () -> "neo4j");
		registry.add("NEO4J_PASSWORD", () -> PASSWORD);
	}

	@Nested
	@Testcontainers(disabledWithoutDocker = true)
	class Neo4j526 {

		@Container
		static final Neo4jContainer neo4j = new Neo4jContainer("neo4j:5.26").withAdminPassword(PASSWORD);

		@DynamicPropertySource
		static void neo4jProperties(DynamicPropertyRegistry registry) {
			connect(registry, neo4j);
		}

		@Nested
		class ImportExport extends ImportExportTests {

		}

		@Nested
		class BadInput extends BadInputTests {

		}

		@Nested
		class ConcurrentEdits extends ConcurrentEditTests {

		}

		@Nested
		class DealMaps extends DealMapTests {

		}

	}

	@Nested
	@Testcontainers(disabledWithoutDocker = true)
	class Neo4j2026 {

		@Container
		static final Neo4jContainer neo4j = new Neo4jContainer("neo4j:2026.08").withAdminPassword(PASSWORD);

		@DynamicPropertySource
		static void neo4jProperties(DynamicPropertyRegistry registry) {
			connect(registry, neo4j);
		}

		@Nested
		class ImportExport extends ImportExportTests {

		}

		@Nested
		class BadInput extends BadInputTests {

		}

		@Nested
		class ConcurrentEdits extends ConcurrentEditTests {

		}

		@Nested
		class DealMaps extends DealMapTests {

		}

	}

}
