package dev.dealgraph.system;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Brings the schema up to date before anything else touches the database, and lets
 * features follow the database on a schedule.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class DatabaseSetup {

	@Bean(initMethod = "apply")
	SchemaMigrations schemaMigrations(Neo4jClient client, PlatformTransactionManager transactionManager) {
		return new SchemaMigrations(client, transactionManager);
	}

}
