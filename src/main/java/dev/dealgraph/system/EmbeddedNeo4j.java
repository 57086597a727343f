package dev.dealgraph.system;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

/**
 * Neo4j Community running in this JVM. Only the Bolt connector is opened, on loopback and
 * behind a password ({@link BoltPassword}), so the application talks to it through the
 * driver exactly as it would to a server.
 */
public final class EmbeddedNeo4j implements AutoCloseable {

	private static final Log logger = LogFactory.getLog(EmbeddedNeo4j.class);

	private final DatabaseManagementService service;

	private final URI boltUri;

	private final String password;

	private EmbeddedNeo4j(DatabaseManagementService service, URI boltUri, String password) {
		this.service = service;
		this.boltUri = boltUri;
		this.password = password;
	}

	static EmbeddedNeo4j start(EmbeddedNeo4jProperties properties) {
		return start(properties, "");
	}

	/**
	 * @param browserPostConnect the commands Neo4j Browser runs once connected
	 * ({@code browser.post_connect_cmd}), empty for none
	 */
	static EmbeddedNeo4j start(EmbeddedNeo4jProperties properties, String browserPostConnect) {
		Path dataDir = properties.dataDir().toAbsolutePath().normalize();
		checkDataDir(dataDir);
		int port = (properties.boltPort() == 0) ? freePort() : properties.boltPort();
		checkPortFree(port);
		long started = System.nanoTime();
		Optional<String> kept = BoltPassword.read(dataDir);
		URI uri = URI.create("bolt://127.0.0.1:" + port);
		String password;
		DatabaseManagementService service;
		try {
			// a new directory, or one from before auth, whose neo4j user still has the
			// well-known initial password: set ours before Bolt ever listens
			password = kept.isPresent() ? kept.get() : BoltPassword.create(dataDir,
					builder(dataDir, properties, port, browserPostConnect).setConfig(BoltConnector.enabled, false));
			service = builder(dataDir, properties, port, browserPostConnect).build();
		}
		catch (RuntimeException ex) {
			throw new EmbeddedNeo4jException("Embedded Neo4j could not start with data directory " + dataDir + ": "
					+ rootMessage(ex) + ". Is another dealgraph using it? Stop it, or set dealgraph.embedded.data-dir.",
					ex);
		}
		// one login before the application's driver: it proves the password and warms up
		// Bolt, whose first connection is slow while the pool allows only seconds
		try {
			BoltPassword.restoreIfChanged(service, uri, password, dataDir);
		}
		catch (RuntimeException ex) {
			service.shutdown();
			throw new EmbeddedNeo4jException(
					"Embedded Neo4j started but Bolt at " + uri + " did not answer: " + rootMessage(ex), ex);
		}
		logger.info("Embedded Neo4j started in " + (System.nanoTime() - started) / 1_000_000 + " ms at " + uri
				+ ", data in " + dataDir);
		return new EmbeddedNeo4j(service, uri, password);
	}

	private static DatabaseManagementServiceBuilder builder(Path dataDir, EmbeddedNeo4jProperties properties, int port,
			String browserPostConnect) {
		return new DatabaseManagementServiceBuilder(dataDir).setConfig(BoltConnector.enabled, true)
			.setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
			.setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
			// any web page can open a WebSocket to a loopback port: only a password stops
			// it
			.setConfig(GraphDatabaseSettings.auth_enabled, true)
			// the password is long and random, so lockout protects nothing, while any
			// page
			// sending three wrong ones would lock this application's own driver out
			.setConfig(GraphDatabaseSettings.auth_max_failed_attempts, 0)
			.setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(properties.pageCache()))
			.setConfig(GraphDatabaseSettings.lock_acquisition_timeout, properties.lockTimeout())
			.setConfig(GraphDatabaseSettings.transaction_timeout, properties.transactionTimeout())
			.setConfig(BrowserClientSettings.allow_outgoing_connections, false)
			.setConfig(BrowserClientSettings.allow_telemetry, false)
			.setConfig(BrowserClientSettings.post_connect_cmd, browserPostConnect)
			// the defaults wait tens of seconds for Bolt threads at shutdown; an app
			// stop should be quick
			.setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, Duration.ofMillis(100))
			.setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(3))
			.setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofSeconds(2))
			.setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofSeconds(2));
	}

	private static void checkDataDir(Path dataDir) {
		try {
			Files.createDirectories(dataDir);
		}
		catch (IOException | RuntimeException ex) {
			throw new EmbeddedNeo4jException("Embedded Neo4j cannot use data directory " + dataDir + ": "
					+ rootMessage(ex) + ". Set dealgraph.embedded.data-dir to a writable directory.", ex);
		}
		if (!Files.isDirectory(dataDir) || !Files.isWritable(dataDir)) {
			throw new EmbeddedNeo4jException("Embedded Neo4j cannot write to data directory " + dataDir
					+ ". Set dealgraph.embedded.data-dir to a writable directory.", null);
		}
	}

	private static void checkPortFree(int port) {
		try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
			socket.setReuseAddress(true);
		}
		catch (IOException ex) {
			throw new EmbeddedNeo4jException("Embedded Neo4j cannot bind Bolt to 127.0.0.1:" + port
					+ ": the port is taken. Stop what uses it, or set dealgraph.embedded.bolt-port.", ex);
		}
	}

	/** Port 0 asks for any free port, as tests running side by side do. */
	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new EmbeddedNeo4jException("No free port for Bolt on 127.0.0.1", ex);
		}
	}

	private static String rootMessage(Throwable ex) {
		Throwable root = ex;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return String.valueOf(root.getMessage());
	}

	public int boltPort() {
		return this.boltUri.getPort();
	}

	public URI boltUri() {
		return this.boltUri;
	}

	/** The Bolt user: Neo4j Community has this one user with every right. */
	public String user() {
		return BoltPassword.USER;
	}

	/** The Bolt password, also in {@code neo4j.password} in the data directory. */
	public String password() {
		return this.password;
	}

	@Override
	public void close() {
		this.service.shutdown();
		logger.info("Embedded Neo4j shut down");
	}

}
