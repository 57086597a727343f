package dev.dealgraph.importing;

import java.io.IOException;
import java.io.InputStream;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Loads the demo map through the ordinary import on the first start against an empty
 * database. {@code dealgraph.demo-data=false} turns it off.
 */
@Component
@ConditionalOnBooleanProperty(name = "dealgraph.demo-data", matchIfMissing = true)
class DemoData implements ApplicationRunner {

	static final String LOCATION = "cypher/demo/demo-map.json";

	private static final Log logger = LogFactory.getLog(DemoData.class);

	private final Neo4jClient client;

	private final MapImport mapImport;

	private final JsonMapper json;

	DemoData(Neo4jClient client, MapImport mapImport, JsonMapper json) {
		this.client = client;
		this.mapImport = mapImport;
		this.json = json;
	}

	@Override
	public void run(ApplicationArguments args) throws IOException {
		long existing = this.client
			.query("MATCH (n) WHERE n:Account OR n:Person OR n:Colleague OR n:Deal RETURN count(n)")
			.fetchAs(Long.class)
			.one()
			.orElse(0L);
		if (existing > 0) {
			return;
		}
		ImportResult result = this.mapImport.importDocument(read(this.json));
		logger.info("Loaded demo data: " + result);
	}

	static MapDocument read(JsonMapper json) throws IOException {
		try (InputStream in = new ClassPathResource(LOCATION).getInputStream()) {
			return json.readValue(in, MapDocument.class);
		}
	}

}
