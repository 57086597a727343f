package dev.dealgraph;

import dev.dealgraph.system.GraphChanges;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import org.springframework.context.ApplicationContext;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/** Empties the shared database before each test, keeping the applied migrations. */
public class CleanDatabase implements BeforeEachCallback {

	@Override
	public void beforeEach(ExtensionContext context) {
		ApplicationContext application = SpringExtension.getApplicationContext(context);
		wipe(application.getBean(Neo4jClient.class));
		application.getBean(GraphChanges.class).changedOutside();
	}

	public static void wipe(Neo4jClient client) {
		client.query("MATCH (n) WHERE NOT n:SchemaMigration DETACH DELETE n").run();
	}

}
