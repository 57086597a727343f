package dev.dealgraph.system;

import java.time.Duration;
import java.util.concurrent.TimeoutException;

import org.neo4j.driver.exceptions.ServiceUnavailableException;

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

	/** How long a start waits for the database to take its first connection. */
	private static final Duration PATIENCE = Duration.ofSeconds(60);

	@Bean
	SchemaMigrations schemaMigrations(Neo4jClient client, PlatformTransactionManager transactionManager)
			throws InterruptedException {
		SchemaMigrations migrations = new SchemaMigrations(client, transactionManager);
		long deadline = System.nanoTime() + PATIENCE.toNanos();
		while (true) {
			try {
				migrations.apply();
				return migrations;
			}
			catch (RuntimeException ex) {
				// a busy machine can take longer than a request's 2 s to open the first
				// connection; a start waits for it rather than failing
				if (!unreachable(ex) || System.nanoTime() > deadline) {
					throw ex;
				}
				Thread.sleep(500);
			}
		}
	}

	private static boolean unreachable(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof TimeoutException || cause instanceof ServiceUnavailableException) {
				return true;
			}
		}
		return false;
	}

}
