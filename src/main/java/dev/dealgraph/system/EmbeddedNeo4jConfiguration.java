package dev.dealgraph.system;

import java.net.URI;

import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;

import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Starts Neo4j inside the application when no external server is configured. Boot's own
 * driver configuration then connects through these connection details, with the password
 * the database was started with, so the driver is created after the database and closed
 * before it.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedNeo4jCondition.class)
class EmbeddedNeo4jConfiguration {

	@Bean(destroyMethod = "close")
	EmbeddedNeo4j embeddedNeo4j(EmbeddedNeo4jProperties properties, Environment environment) {
		return EmbeddedNeo4j.start(properties,
				browserPostConnect(environment.getProperty("server.port", Integer.class, 8080)));
	}

	/**
	 * What Neo4j Browser runs once connected: load the dealgraph style and open the
	 * dealgraph guide, both served by this application (see the browser package).
	 */
	static String browserPostConnect(int httpPort) {
		if (httpPort <= 0) {
			return "";
		}
		String material = "http://localhost:" + httpPort + "/browser-guide/";
		return "style " + material + "dealgraph.grass; play " + material + "dealgraph.html";
	}

	@Bean
	Neo4jConnectionDetails embeddedNeo4jConnectionDetails(EmbeddedNeo4j embedded) {
		return new Neo4jConnectionDetails() {
			@Override
			public URI getUri() {
				return embedded.boltUri();
			}

			@Override
			public AuthToken getAuthToken() {
				return AuthTokens.basic(embedded.user(), embedded.password());
			}
		};
	}

}
