package dev.dealgraph.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.dealgraph.DemoMap;
import dev.dealgraph.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Erasure on request leaves nothing of the person in the database but the suppression's
 * hashes, and nothing in any answer that follows.
 */
@IntegrationTest
class ErasureTests {

	/** Marco Bianchi's id, name and facts no one else in the demo shares. */
	static final List<String> MARCO = List.of("marco-bianchi", "Marco", "Bianchi", "Serie A",
			"Independent Supply-Chain Consultant", "winning follow-on advisory work",
			"Follow-on advisory contract for the rollout", "advises the competitor's reference customer",
			"shared an industry panel", "advised her at her previous company", "Keeps a blog on yard logistics");

	@Autowired
	RestTestClient http;

	@Autowired
	Neo4jClient client;

	@Test
	void anErasedPersonLeavesNoTraceInTheDatabaseOrInThePathsAndAssessments() {
		DemoMap.load(this.http);
		// more history naming him: an update, a personal-data export, an account export
		this.http.put()
			.uri("/api/v1/people/marco-bianchi")
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"name\":\"Marco Bianchi\",\"title\":\"Keeps a blog on yard logistics\"}")
			.exchange()
			.expectStatus()
			.isOk();
		this.http.get().uri("/api/v1/people/marco-bianchi/personal-data").exchange().expectStatus().isOk();
		this.http.get().uri("/api/v1/accounts/kestrel/export").exchange().expectStatus().isOk();
		assertThat(traces()).as("the scan finds him before the erasure").isNotEmpty();
		assertThat(answers()).contains("marco-bianchi", "Marco");

		JsonNode erased = this.http.post()
			.uri("/api/v1/people/marco-bianchi/erasure")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();

		assertThat(erased.get("pseudonym").asString()).matches("erased-[0-9a-f]{16}");
		assertThat(erased.get("people").asInt()).isOne();
		assertThat(erased.get("ties").asInt()).isEqualTo(3);
		assertThat(erased.get("dealFacts").asInt()).isOne();
		assertThat(erased.get("auditEntries").asLong()).isGreaterThanOrEqualTo(7);
		assertThat(traces()).isEmpty();
		String answers = answers();
		for (String trace : MARCO) {
			assertThat(answers).doesNotContainIgnoringCase(trace);
		}
		this.http.get().uri("/api/v1/people/marco-bianchi").exchange().expectStatus().isNotFound();
		JsonNode audit = this.http.get()
			.uri("/api/v1/admin/audit?objectId=" + erased.get("pseudonym").asString() + "&size=200")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
		assertThat(audit.get("items").get(0).get("operation").asString()).isEqualTo("erasure");
		assertThat(audit.get("totalItems").asLong()).isEqualTo(erased.get("auditEntries").asLong() + 1 + 1 + 3 + 3 + 1);
	}

	@Test
	void anErasedPersonIsRefusedAgainUntilAnAdminLiftsTheSuppression() throws Exception {
		DemoMap.load(this.http);
		this.http.post().uri("/api/v1/people/marco-bianchi/erasure").exchange().expectStatus().isOk();
		byte[] demo = new ClassPathResource("cypher/demo/demo-map.json").getContentAsByteArray();
		int index = indexOf(demo, "marco-bianchi");

		importing(demo, "en").jsonPath("$.errors[0].field")
			.isEqualTo("people[" + index + "].id")
			.jsonPath("$.errors[0].message")
			.value(String.class, (message) -> assertThat(message).contains("erased on request"));
		importing(demo, "zh-CN").jsonPath("$.errors[0].message")
			.value(String.class, (message) -> assertThat(message).contains("已应本人要求被删除"));
		this.http.post()
			.uri("/api/v1/people")
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"id\":\"marco-b\",\"name\":\"  marco   BIANCHI \"}")
			.exchange()
			.expectStatus()
			.isEqualTo(409)
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("name");
		this.http.put()
			.uri("/api/v1/people/marco-bianchi")
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"name\":\"M. B.\"}")
			.exchange()
			.expectStatus()
			.isEqualTo(409)
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("id");
		// the same name at another account is someone else
		this.http.post()
			.uri("/api/v1/people")
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"id\":\"marco-b\",\"accountId\":\"nordlicht\",\"name\":\"Marco Bianchi\"}")
			.exchange()
			.expectStatus()
			.isCreated();

		JsonNode suppressions = this.http.get()
			.uri("/api/v1/admin/suppressions")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
		assertThat(suppressions.get("totalItems").asLong()).isOne();
		JsonNode suppression = suppressions.get("items").get(0);
		assertThat(suppression.propertyNames()).containsExactlyInAnyOrder("idHash", "nameHash", "createdAt");
		assertThat(suppression.get("idHash").asString()).matches("[0-9a-f]{64}");

		this.http.delete().uri("/api/v1/admin/suppressions/marco-bianchi").exchange().expectStatus().isNoContent();
		this.http.delete().uri("/api/v1/admin/suppressions/marco-bianchi").exchange().expectStatus().isNotFound();
		this.http.post()
			.uri("/api/v1/import")
			.contentType(MediaType.APPLICATION_JSON)
			.body(demo)
			.exchange()
			.expectStatus()
			.isOk();
		this.http.get().uri("/api/v1/people/marco-bianchi").exchange().expectStatus().isOk();
	}

	private org.springframework.test.web.servlet.client.RestTestClient.BodyContentSpec importing(byte[] demo,
			String language) {
		return this.http.post()
			.uri("/api/v1/import")
			.header("Accept-Language", language)
			.contentType(MediaType.APPLICATION_JSON)
			.body(demo)
			.exchange()
			.expectStatus()
			.isEqualTo(409)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("urn:dealgraph:problem:conflict");
	}

	private static int indexOf(byte[] demo, String personId) throws Exception {
		JsonNode people = tools.jackson.databind.json.JsonMapper.builder().build().readTree(demo).get("people");
		for (int i = 0; i < people.size(); i++) {
			if (people.get(i).get("id").asString().equals(personId)) {
				return i;
			}
		}
		throw new IllegalStateException(personId);
	}

	/** What the read model answers about the deal he coached and the people he knew. */
	private String answers() {
		StringBuilder answers = new StringBuilder();
		for (String uri : List.of("/api/v1/deals/kestrel-wms/paths?k=10", "/api/v1/deals/kestrel-wms/assessment",
				"/api/v1/people/maria-jose-nunez/paths?k=10", "/api/v1/accounts/kestrel/assessment",
				"/api/v1/deals/kestrel-wms/map")) {
			answers.append(this.http.get()
				.uri(uri)
				.exchange()
				.expectStatus()
				.isOk()
				.expectBody(String.class)
				.returnResult()
				.getResponseBody());
		}
		return answers.toString();
	}

	/** Every node and relationship property, text or list of text, that holds a trace. */
	private List<String> traces() {
		List<String> found = new ArrayList<>();
		for (String cypher : List.of("MATCH (n) RETURN labels(n) AS what, properties(n) AS properties",
				"MATCH ()-[r]->() RETURN type(r) AS what, properties(r) AS properties")) {
			for (Map<String, Object> row : this.client.query(cypher).fetch().all()) {
				((Map<?, ?>) row.get("properties")).forEach((key, value) -> {
					List<?> values = (value instanceof List<?> list) ? list : List.of(value);
					for (Object item : values) {
						if (item instanceof String text && MARCO.stream()
							.anyMatch((trace) -> text.toLowerCase(Locale.ROOT)
								.contains(trace.toLowerCase(Locale.ROOT)))) {
							found.add(row.get("what") + "." + key + " = " + text);
						}
					}
				});
			}
		}
		return found;
	}

}
