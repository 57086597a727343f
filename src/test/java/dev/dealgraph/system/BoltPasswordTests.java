package dev.dealgraph.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.exceptions.AuthenticationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The Bolt password across starts: generated once, then read from its file. */
class BoltPasswordTests {

	@TempDir
	Path temp;

	@Test
	void secondStartOnTheSameDataDirectoryReusesThePassword() throws IOException {
		EmbeddedNeo4jProperties properties = properties();
		String first;
		try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(properties)) {
			first = neo4j.password();
		}
		String file = Files.readString(passwordFile());
		try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(properties)) {
			assertThat(neo4j.password()).isEqualTo(first);
			assertThat(Files.readString(passwordFile())).isEqualTo(file);
			assertThat(logsIn(neo4j, AuthTokens.basic("neo4j", first))).isTrue();
		}
	}

	@Test
	void dataDirectoryFromBeforeAuthGetsAPasswordAndLetsNobodyInWithout() throws IOException {
		// as the application left it before: a store whose neo4j user has the initial
		// password, and no password file
		DatabaseManagementService old = new DatabaseManagementServiceBuilder(this.temp.resolve("data"))
			.setConfig(GraphDatabaseSettings.auth_enabled, false)
			.setConfig(BoltConnector.enabled, false)
			.build();
		old.database("neo4j").executeTransactionally("CREATE (:Account {id: 'kept'})");
		old.shutdown();
		assertThat(passwordFile()).doesNotExist();
		try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(properties())) {
			assertThat(Files.readString(passwordFile()).strip()).isEqualTo(neo4j.password());
			assertThat(logsIn(neo4j, AuthTokens.none())).isFalse();
			assertThat(logsIn(neo4j, AuthTokens.basic("neo4j", "neo4j"))).isFalse();
			try (Driver driver = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.basic("neo4j", neo4j.password()))) {
				assertThat(driver.executableQuery("MATCH (a:Account) RETURN a.id AS id").execute().records())
					.extracting((row) -> row.get("id").asString())
					.containsExactly("kept");
			}
		}
	}

	@Test
	void passwordChangedThroughBoltIsSetBackToTheFilesAtTheNextStart() {
		EmbeddedNeo4jProperties properties = properties();
		String kept;
		try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(properties)) {
			kept = neo4j.password();
			try (Driver driver = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.basic("neo4j", kept))) {
				driver.executableQuery("ALTER CURRENT USER SET PASSWORD FROM $old TO 'changed-by-an-analyst'")
					.withParameters(Map.of("old", kept))
					.withConfig(QueryConfig.builder().withDatabase("system").build())
					.execute();
			}
			assertThat(logsIn(neo4j, AuthTokens.basic("neo4j", kept))).isFalse();
		}
		try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(properties)) {
			assertThat(neo4j.password()).isEqualTo(kept);
			assertThat(logsIn(neo4j, AuthTokens.basic("neo4j", kept))).isTrue();
			assertThat(logsIn(neo4j, AuthTokens.basic("neo4j", "changed-by-an-analyst"))).isFalse();
		}
	}

	@Test
	void aShortPasswordInTheFileStopsStartUpWithOneClearMessage() throws IOException {
		Files.createDirectories(this.temp.resolve("data"));
		Files.writeString(passwordFile(), "neo4j\n");
		assertThatExceptionOfType(EmbeddedNeo4jException.class).isThrownBy(() -> EmbeddedNeo4j.start(properties()))
			.withMessageContaining(passwordFile().toString())
			.withMessageContaining("at least 16 characters")
			.withMessageContaining("Delete the file");
	}

	private EmbeddedNeo4jProperties properties() {
		return new EmbeddedNeo4jProperties(this.temp.resolve("data"), 0, "16m", java.time.Duration.ofSeconds(2),
				java.time.Duration.ofSeconds(10));
	}

	private Path passwordFile() {
		return this.temp.resolve("data").resolve("neo4j.password");
	}

	private static boolean logsIn(EmbeddedNeo4j neo4j, AuthToken token) {
		try (Driver driver = GraphDatabase.driver(neo4j.boltUri(), token)) {
			driver.verifyConnectivity();
			return true;
		}
		catch (AuthenticationException ex) {
			return false;
		}
	}

}
