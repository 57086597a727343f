package dev.dealgraph.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.AuthenticationException;

import dev.dealgraph.system.BoltOverWebSocket.Reply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The embedded Bolt port lets in only who has the password: not a driver without one, not
 * a wrong one, and not a web page on another origin opening a WebSocket to it.
 */
class BoltAuthTests {

	private static final String EVIL = "http://evil.example";

	private static final String QUERY = "RETURN 'reached' + ' the graph' AS answer";

	@TempDir
	static Path temp;

	static EmbeddedNeo4j neo4j;

	@BeforeAll
	static void start() {
		neo4j = EmbeddedNeo4j.start(new EmbeddedNeo4jProperties(temp.resolve("data"), 0, "16m",
				java.time.Duration.ofSeconds(2), java.time.Duration.ofSeconds(10)));
	}

	@AfterAll
	static void stop() {
		neo4j.close();
	}

	@Test
	void driverWithoutCredentialsIsRefused() {
		assertThatExceptionOfType(AuthenticationException.class).isThrownBy(() -> answer(AuthTokens.none()));
	}

	@Test
	void driverWithAWrongPasswordIsRefused() {
		assertThatExceptionOfType(AuthenticationException.class)
			.isThrownBy(() -> answer(AuthTokens.basic("neo4j", neo4j.password() + "x")));
	}

	@Test
	void theApplicationsOwnDriverLogsInWithTheGeneratedPassword() {
		AuthToken token = new EmbeddedNeo4jConfiguration().embeddedNeo4jConnectionDetails(neo4j).getAuthToken();
		assertThat(token).isEqualTo(AuthTokens.basic("neo4j", neo4j.password()));
		assertThat(answer(token)).isEqualTo("reached the graph");
	}

	@Test
	void wrongPasswordsDoNotLockTheApplicationOut() {
		for (int attempt = 0; attempt < 5; attempt++) {
			assertThatExceptionOfType(AuthenticationException.class)
				.isThrownBy(() -> answer(AuthTokens.basic("neo4j", "guessed-password-number-one")));
		}
		assertThat(answer(AuthTokens.basic("neo4j", neo4j.password()))).isEqualTo("reached the graph");
	}

	@Test
	void passwordIsLongRandomAndKeptInAFileOnlyItsOwnerCanRead() throws IOException {
		Path file = temp.resolve("data").resolve("neo4j.password");
		assertThat(Files.readString(file)).isEqualTo(neo4j.password() + "\n");
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
		assertThat(neo4j.password()).matches("[A-Za-z0-9_-]{32}").isNotEqualTo(BoltPassword.generate());
	}

	@Test
	void aWebPageOnAnotherOriginCannotRunCypherOverAWebSocketWithoutThePassword() {
		List<Reply> replies = BoltOverWebSocket.run(neo4j.boltPort(), EVIL, Map.of("scheme", "none"), QUERY);
		assertThat(replies).extracting(Reply::signature)
			.contains(BoltOverWebSocket.FAILURE)
			.doesNotContain(BoltOverWebSocket.RECORD);
		assertThat(replies).filteredOn((reply) -> reply.signature() == BoltOverWebSocket.FAILURE)
			.first()
			.satisfies((failure) -> assertThat(failure.text()).contains("Neo.ClientError.Security.Unauthorized"));
		assertThat(replies).noneSatisfy((reply) -> assertThat(reply.text()).contains("reached the graph"));
	}

	@Test
	void aWebPageWithAWrongPasswordCannotRunCypherEither() {
		List<Reply> replies = BoltOverWebSocket.run(neo4j.boltPort(), EVIL,
				Map.of("scheme", "basic", "principal", "neo4j", "credentials", "neo4j"), QUERY);
		assertThat(replies).extracting(Reply::signature)
			.contains(BoltOverWebSocket.FAILURE)
			.doesNotContain(BoltOverWebSocket.RECORD);
	}

	@Test
	void theSameWebSocketMessagesWithThePasswordDoRunCypher() {
		// Bolt checks no Origin: the password is what holds the other tests' pages off
		List<Reply> replies = BoltOverWebSocket.run(neo4j.boltPort(), EVIL,
				Map.of("scheme", "basic", "principal", "neo4j", "credentials", neo4j.password()), QUERY);
		assertThat(replies).extracting(Reply::signature)
			.containsExactly(BoltOverWebSocket.SUCCESS, BoltOverWebSocket.SUCCESS, BoltOverWebSocket.SUCCESS,
					BoltOverWebSocket.RECORD, BoltOverWebSocket.SUCCESS);
		assertThat(replies.get(3).text()).contains("reached the graph");
	}

	private static String answer(AuthToken token) {
		try (Driver driver = GraphDatabase.driver(neo4j.boltUri(), token)) {
			return driver.executableQuery(QUERY).execute().records().get(0).get("answer").asString();
		}
	}

}
