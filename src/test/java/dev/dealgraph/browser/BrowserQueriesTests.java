package dev.dealgraph.browser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.dealgraph.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.types.Node;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every saved Browser query runs against the demo map, imported through the API into the
 * real embedded Neo4j, and returns rows.
 */
@IntegrationTest
class BrowserQueriesTests {

	private static final Pattern PARAM = Pattern.compile("^// :param (\\w+) => '([^']*)'$", Pattern.MULTILINE);

	@Autowired
	RestTestClient http;

	@Autowired
	Driver driver;

	@BeforeEach
	void importDemoMap() throws IOException {
		this.http.post()
			.uri("/api/v1/import")
			.contentType(MediaType.APPLICATION_JSON)
			.body(text(new ClassPathResource("cypher/demo/demo-map.json")))
			.exchange()
			.expectStatus()
			.isOk();
	}

	@Test
	void everySavedQueryReturnsRowsOnTheDemoMap() throws IOException {
		Map<String, String> queries = savedQueries();
		assertThat(queries).hasSizeGreaterThanOrEqualTo(8);
		try (Session session = this.driver.session()) {
			queries.forEach((name, query) -> {
				assertThat(query).as(name).startsWith("// ");
				List<Record> rows = session.run(query, parameters(query)).list();
				assertThat(rows).as(name).isNotEmpty();
			});
		}
	}

	@Test
	void eachDealDrawsTheSamePersonWithItsOwnAttitudeWhileTheStoredPersonKeepsItsStoredLabelsOnly() {
		try (Session session = this.driver.session()) {
			Node onTelematics = stakeholder(session, "kestrel-telematics", "stefan-kruger");
			Node onWarehouse = stakeholder(session, "kestrel-wms", "stefan-kruger");
			assertThat(onTelematics.labels()).contains("Person", "Stakeholder", "Opponent", "HighInfluence",
					"TechnicalGatekeeper");
			assertThat(onWarehouse.labels()).contains("NonSupporter").doesNotContain("Opponent");
			assertThat(onTelematics.elementId()).isEqualTo(onWarehouse.elementId());
			assertThat(onTelematics.get("deal").asString()).isEqualTo("kestrel-telematics");
			List<Object> storedLabels = session.run("MATCH (p:Person {id: 'stefan-kruger'}) RETURN labels(p) AS labels")
				.single()
				.get("labels")
				.asList();
			assertThat(storedLabels).containsExactlyInAnyOrder("Person", "Individual");
		}
	}

	private static Node stakeholder(Session session, String dealId, String personId) {
		return session.run("""
				MATCH (p:Person {id: $personId})-[s:IN_DEAL]->(:Deal {id: $dealId})
				RETURN dealgraph.stakeholder(p, s) AS stakeholder
				""", Map.of("dealId", dealId, "personId", personId)).single().get("stakeholder").asNode();
	}

	private static Map<String, Object> parameters(String query) {
		Map<String, Object> parameters = new HashMap<>();
		Matcher param = PARAM.matcher(query);
		while (param.find()) {
			parameters.put(param.group(1), param.group(2));
		}
		return parameters;
	}

	static Map<String, String> savedQueries() throws IOException {
		Map<String, String> queries = new TreeMap<>();
		for (Resource file : new PathMatchingResourcePatternResolver()
			.getResources("classpath:cypher/browser/queries/*.cypher")) {
			queries.put(file.getFilename(), text(file).strip());
		}
		return queries;
	}

	static String text(Resource resource) throws IOException {
		return resource.getContentAsString(StandardCharsets.UTF_8);
	}

}
