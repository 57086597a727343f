package dev.dealgraph;

import dev.dealgraph.access.AccessDirectory;
import dev.dealgraph.system.GraphChanges;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import org.springframework.context.ApplicationContext;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Empties the shared database before each test, keeping the applied migrations and the
 * admin the first start created, whose key the tests' client sends.
 */
public class CleanDatabase implements BeforeEachCallback {

	@Override
	public void beforeEach(ExtensionContext context) {
		ApplicationContext application = SpringExtension.getApplicationContext(context);
		wipe(application.getBean(Neo4jClient.class));
		application.getBean(GraphChanges.class).changedOutside();
		application.getBean(AccessDirectory.class).invalidate();
	}

	public static void wipe(Neo4jClient client) {
		client.query("""
				MATCH (n) WHERE NOT n:SchemaMigration AND NOT n:AccessState AND NOT (n:User AND n.id = 'admin')
				  AND NOT (n:ApiKey AND EXISTS { (n)-[:KEY_OF]->(:User {id: 'admin'}) })
				DETACH DELETE n""").run();
	}

}
