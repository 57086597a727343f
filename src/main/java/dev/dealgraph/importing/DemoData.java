package dev.dealgraph.importing;

import java.io.IOException;
import java.io.InputStream;

import dev.dealgraph.account.Accounts;
import dev.dealgraph.person.Colleagues;
import dev.dealgraph.person.People;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.io.ClassPathResource;
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

	private final Accounts accounts;

	private final People people;

	private final Colleagues colleagues;

	private final MapImport mapImport;

	private final JsonMapper json;

	DemoData(Accounts accounts, People people, Colleagues colleagues, MapImport mapImport, JsonMapper json) {
		this.accounts = accounts;
		this.people = people;
		this.colleagues = colleagues;
		this.mapImport = mapImport;
		this.json = json;
	}

	@Override
	public void run(ApplicationArguments args) throws IOException {
		// every deal is at an account, so these three say whether the map is empty
		if (this.accounts.any() || this.people.any() || this.colleagues.any()) {
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
