package dev.dealgraph.system;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Brings the schema up to date before anything else touches the database, and lets
 * features follow the database on a schedule.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class DatabaseSetup {

	@Bean(initMethod = "apply")
	SchemaMigrations schemaMigrations(Neo4jClient client) {
		return new SchemaMigrations(client);
	}

}
