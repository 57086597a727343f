import java.nio.file.Path;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

/**
 * A stand-alone Neo4j for the fault suite: the application runs against it in external
 * mode, through a proxy the suite cuts. Arguments: data directory, Bolt port.
 */
public class NeoServer {

	public static void main(String[] args) throws Exception {
		DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(Path.of(args[0]))
			.setConfig(BoltConnector.enabled, true)
			.setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", Integer.parseInt(args[1])))
			.setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
			.setConfig(GraphDatabaseSettings.auth_enabled, false)
			// keep-alive on every request: the server tells the driver to give up on a
			// connection silent for 1 s x 3 probes, so a silent network ends in a 503
			.setConfig(BoltConnector.connection_keep_alive_type, BoltConnector.KeepAliveRequestType.ALL)
			.setConfig(BoltConnector.connection_keep_alive, java.time.Duration.ofSeconds(1))
			.setConfig(BoltConnector.connection_keep_alive_probes, 3)
			.setConfig(BoltConnector.connection_keep_alive_streaming_scheduling_interval,
					java.time.Duration.ofMillis(500))
			.setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(64))
			.build();
		Runtime.getRuntime().addShutdownHook(new Thread(dbms::shutdown));
		System.out.println("NEO4J READY on " + args[1]);
		Thread.currentThread().join();
	}

}
