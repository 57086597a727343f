package dev.dealgraph.system;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;
import org.neo4j.driver.exceptions.AuthenticationException;

/**
 * The password of the embedded database's {@code neo4j} user, kept in
 * {@code neo4j.password} in the data directory, readable by its owner only. The file is
 * the source: each start makes the database's password match it.
 */
final class BoltPassword {

	static final String USER = "neo4j";

	/** How long setting the password at start may take, on a busy machine too. */
	static final Duration SETUP_TIMEOUT = Duration.ofSeconds(120);

	static final String FILE = "neo4j.password";

	/**
	 * Shorter is refused: lockout is off (see EmbeddedNeo4j), so length is the defence.
	 */
	static final int MIN_LENGTH = 16;

	private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

	private static final Log logger = LogFactory.getLog(BoltPassword.class);

	private static final SecureRandom random = new SecureRandom();

	private BoltPassword() {
	}

	/** 192 random bits, in characters that need no quoting in a shell or a form. */
	static String generate() {
		byte[] bytes = new byte[24];
		random.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/** The kept password, or empty when this data directory has none yet. */
	static Optional<String> read(Path dataDir) {
		Path file = dataDir.resolve(FILE);
		if (!Files.exists(file)) {
			return Optional.empty();
		}
		try {
			if (posix()) {
				Files.setPosixFilePermissions(file, OWNER_ONLY);
			}
			String password = Files.readString(file, StandardCharsets.UTF_8).strip();
			if (password.length() < MIN_LENGTH || password.chars().anyMatch(Character::isWhitespace)) {
				throw new EmbeddedNeo4jException(file + " must hold one password of at least " + MIN_LENGTH
						+ " characters without spaces. Delete the file to have a new one generated.", null);
			}
			return Optional.of(password);
		}
		catch (IOException ex) {
			throw new EmbeddedNeo4jException("Cannot read the Neo4j password from " + file + ": " + ex.getMessage(),
					ex);
		}
	}

	/**
	 * Generates a password, sets it in a database started with Bolt closed, keeps it and
	 * says it once in the log.
	 */
	static String create(Path dataDir, DatabaseManagementServiceBuilder withoutBolt) {
		String password = generate();
		DatabaseManagementService service = withoutBolt.build();
		try {
			set(service, password);
		}
		finally {
			service.shutdown();
		}
		Path file = write(dataDir, password);
		logger.warn(
				"Set a generated password for the user '" + USER + "' of the embedded Neo4j: " + password + " (also in "
						+ file + ", readable by its owner only). Bolt clients and Neo4j Browser log in with it.");
		return password;
	}

	/**
	 * Anyone with the password may change it through Bolt; the file wins at the next
	 * start.
	 */
	static void restoreIfChanged(DatabaseManagementService service, URI bolt, String password, Path dataDir) {
		if (!accepted(bolt, password)) {
			set(service, password);
			logger.warn("The password of the user '" + USER + "' had been changed; set it back to the one in "
					+ dataDir.resolve(FILE));
		}
	}

	/** Writes the password where later starts read it, never readable by others. */
	static Path write(Path dataDir, String password) {
		Path file = dataDir.resolve(FILE);
		try {
			Path temporary = posix()
					? Files.createTempFile(dataDir, FILE, ".new", PosixFilePermissions.asFileAttribute(OWNER_ONLY))
					: Files.createTempFile(dataDir, FILE, ".new");
			Files.writeString(temporary, password + "\n", StandardCharsets.UTF_8);
			return Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException ex) {
			throw new EmbeddedNeo4jException("Cannot write the Neo4j password to " + file + ": " + ex.getMessage(), ex);
		}
	}

	/**
	 * Sets the password through the system database. An embedded transaction runs with
	 * full rights, so this works whatever the current password is. It runs once, before
	 * anything else, while a freshly started database may still be slow on a busy
	 * machine: it gets its own timeout rather than the one meant for requests.
	 */
	static void set(DatabaseManagementService service, String password) {
		service.database("system")
			.executeTransactionally("ALTER USER " + USER + " SET PASSWORD $password CHANGE NOT REQUIRED",
					Map.of("password", password), (result) -> null, SETUP_TIMEOUT);
	}

	/** Whether Bolt lets {@code neo4j} log in with this password. */
	static boolean accepted(URI bolt, String password) {
		Config quiet = Config.builder().withLogging(Logging.none()).build();
		try (Driver driver = GraphDatabase.driver(bolt, AuthTokens.basic(USER, password), quiet)) {
			driver.verifyConnectivity();
			return true;
		}
		catch (AuthenticationException ex) {
			return false;
		}
	}

	private static boolean posix() {
		return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
	}

}
