package dev.dealgraph.audit;

import java.time.Instant;
import java.util.List;

import dev.dealgraph.DemoMap;
import dev.dealgraph.IntegrationTest;
import dev.dealgraph.Users;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every write leaves its entries in the same transaction, and only a committed one does.
 */
@IntegrationTest
class AuditLogTests {

	@Autowired
	RestTestClient http;

	@Autowired
	Neo4jClient client;

	@Test
	void aPutRecordsWhoWhenAndOnlyTheFieldsItChanged() {
		Instant start = Instant.now();
		put("/api/v1/accounts/acme", "{\"name\":\"ACME\",\"industry\":\"telecom\",\"notes\":\"first call\"}");
		put("/api/v1/accounts/acme", "{\"name\":\"ACME Telecom\",\"industry\":\"telecom\"}");

		JsonNode entries = audit("objectId=acme").get("items");

		assertThat(entries).hasSize(2);
		JsonNode update = entries.get(0);
		assertThat(update.get("operation").asString()).isEqualTo("update");
		assertThat(update.get("objectType").asString()).isEqualTo("account");
		assertThat(update.get("userId").asString()).isEqualTo("admin");
		assertThat(update.get("keyId").asString()).startsWith("key-");
		assertThat(Instant.parse(update.get("at").asString())).isBetween(start, Instant.now());
		assertThat(update.get("before").toString()).isEqualTo("{\"name\":\"ACME\",\"notes\":\"first call\"}");
		assertThat(update.get("after").toString()).isEqualTo("{\"name\":\"ACME Telecom\",\"notes\":null}");
		JsonNode create = entries.get(1);
		assertThat(create.get("operation").asString()).isEqualTo("create");
		assertThat(create.get("before").isNull()).isTrue();
		assertThat(create.get("after").get("industry").asString()).isEqualTo("telecom");
	}

	@Test
	void aRejectedWriteRecordsNothing() {
		put("/api/v1/accounts/acme", "{\"name\":\"ACME\"}");
		long before = entries();
		this.http.post()
			.uri("/api/v1/accounts")
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"id\":\"acme\",\"name\":\"Again\"}")
			.exchange()
			.expectStatus()
			.isEqualTo(409);
		this.http.put()
			.uri("/api/v1/people/li")
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"accountId\":\"nowhere\",\"name\":\"Li\"}")
			.exchange()
			.expectStatus()
			.isBadRequest();
		this.http.delete().uri("/api/v1/people/nobody").exchange().expectStatus().isNotFound();
		assertThat(entries()).isEqualTo(before);
	}

	@Test
	void anImportRecordsOneEntryPerItemWrittenAndNothingWhenNothingChanges() {
		DemoMap.load(this.http);
		long imported = entries();
		assertThat(audit("operation=import&size=1").get("totalItems").asLong()).isEqualTo(imported)
			.isEqualTo(2 + 5 + 31 + 5 + 38 + 82 + 59 + 15);
		JsonNode fact = audit("operation=import&objectId=kestrel-wms/marco-bianchi").get("items");
		assertThat(fact).hasSize(1);
		assertThat(fact.get(0).get("objectType").asString()).isEqualTo("stakeholder");
		assertThat(fact.get(0).get("subjects").toString()).contains("kestrel-wms", "marco-bianchi");
		assertThat(fact.get(0).get("after").get("winResults").asString())
			.isEqualTo("Follow-on advisory contract for the rollout");

		DemoMap.load(this.http);
		assertThat(entries()).isEqualTo(imported);
	}

	@Test
	void deletingAPersonRecordsWhatWentWithThem() {
		DemoMap.load(this.http);
		this.http.delete().uri("/api/v1/people/marco-bianchi").exchange().expectStatus().isNoContent();

		JsonNode deleted = audit("operation=delete&objectId=marco-bianchi").get("items");

		assertThat(deleted)
			.extracting((entry) -> entry.get("objectType").asString() + " " + entry.get("objectId").asString())
			.containsExactlyInAnyOrder("person marco-bianchi", "stakeholder kestrel-wms/marco-bianchi",
					"tie KNOWS/priya-raman/marco-bianchi", "tie KNOWS/marco-bianchi/maria-jose-nunez",
					"tie INFLUENCES/marco-bianchi/maria-jose-nunez", "interaction demo-i36", "interaction demo-i37",
					"interaction demo-i38");
		assertThat(deleted).allSatisfy((entry) -> assertThat(entry.get("after").isNull()).isTrue());
		JsonNode person = deleted.findParents("objectType")
			.stream()
			.filter((entry) -> entry.get("objectType").asString().equals("person"))
			.findFirst()
			.orElseThrow();
		assertThat(person.get("before").get("name").asString()).isEqualTo("Marco Bianchi");
	}

	@Test
	void deletingADealRecordsItsTeamAndStakeholders() {
		DemoMap.load(this.http);
		this.http.delete().uri("/api/v1/deals/kestrel-yard").exchange().expectStatus().isNoContent();

		JsonNode deleted = audit("operation=delete&objectId=kestrel-yard&size=200").get("items");

		assertThat(deleted).filteredOn((entry) -> entry.get("objectType").asString().equals("deal"))
			.singleElement()
			.satisfies((deal) -> assertThat(deal.get("before").get("team").toString()).contains("tomasz-wojcik"));
		assertThat(deleted).filteredOn((entry) -> entry.get("objectType").asString().equals("stakeholder"))
			.hasSize(count("MATCH (e:AuditEntry {operation: 'import', objectType: 'stakeholder'}) "
					+ "WHERE e.objectId STARTS WITH 'kestrel-yard/' RETURN count(e)"));
	}

	@Test
	void theListFiltersByObjectUserTimeAndOperation() {
		put("/api/v1/accounts/acme", "{\"name\":\"ACME\"}");
		Instant between = Instant.now();
		String other = Users.user(this.http, "auditor", true);
		this.http.put()
			.uri("/api/v1/accounts/globex")
			.header("Authorization", "Bearer " + other)
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"name\":\"Globex\"}")
			.exchange()
			.expectStatus()
			.isCreated();

		assertThat(ids(audit("userId=auditor"))).containsExactly("globex");
		assertThat(ids(audit("objectId=acme"))).containsExactly("acme");
		assertThat(ids(audit("to=" + between))).containsExactly("acme");
		assertThat(ids(audit("from=" + between + "&objectId=globex"))).containsExactly("globex");
		assertThat(audit("from=" + between + "&operation=create").get("items")
			.valueStream()
			.map((entry) -> entry.get("objectType").asString())).containsExactly("account", "key", "user");
		JsonNode page = audit("page=1&size=1&operation=create&objectId=acme");
		assertThat(page.get("totalItems").asLong()).isEqualTo(1);
		assertThat(page.get("items")).isEmpty();
	}

	@Test
	void badParametersAre400ProblemsNamingTheParameter() {
		for (String[] bad : new String[][] { { "from=yesterday", "from" }, { "to=2026-13-01T00:00:00Z", "to" },
				{ "size=201", "size" }, { "page=-1", "page" }, { "operation=read", "operation" },
				{ "objectId=a/b/c/d", "objectId" }, { "userId=..", "userId" }, { "who=admin", "who" },
				{ "size=0x10", "size" }, { "from=2026-05-02T00:00:00Z&to=2026-05-01T00:00:00Z", "to" } }) {
			this.http.get()
				.uri("/api/v1/admin/audit?" + bad[0])
				.exchange()
				.expectStatus()
				.isBadRequest()
				.expectBody()
				.jsonPath("$.errors[0].field")
				.isEqualTo(bad[1]);
		}
	}

	@Test
	void nothingChangesOrDeletesEntriesThroughTheApi() {
		put("/api/v1/accounts/acme", "{\"name\":\"ACME\"}");
		long before = entries();
		for (var method : List.of(org.springframework.http.HttpMethod.DELETE, org.springframework.http.HttpMethod.PUT,
				org.springframework.http.HttpMethod.POST, org.springframework.http.HttpMethod.PATCH)) {
			this.http.method(method)
				.uri("/api/v1/admin/audit")
				.contentType(MediaType.APPLICATION_JSON)
				.body("{}")
				.exchange()
				.expectStatus()
				.isEqualTo(405);
			String id = audit("").get("items").get(0).get("id").asString();
			this.http.method(method).uri("/api/v1/admin/audit/" + id).exchange().expectStatus().isNotFound();
		}
		String reader = Users.member(this.http, "reader", "acme", "READ");
		this.http.get()
			.uri("/api/v1/admin/audit")
			.header("Authorization", "Bearer " + reader)
			.exchange()
			.expectStatus()
			.isForbidden();
		assertThat(count("MATCH (e:AuditEntry) WHERE e.objectId = 'acme' RETURN count(e)")).isEqualTo(1);
		assertThat(entries()).isGreaterThan(before);
	}

	@Test
	void accessChangesAreRecordedWithoutSecretsAndADeletedAccountTakesItsGrantsOnRecord() {
		put("/api/v1/accounts/acme", "{\"name\":\"ACME\"}");
		String secret = Users.member(this.http, "reader", "acme", "READ");
		this.http.delete().uri("/api/v1/accounts/acme").exchange().expectStatus().isNoContent();

		assertThat(audit("objectId=acme&operation=delete").get("items")
			.valueStream()
			.map((entry) -> entry.get("objectType").asString() + " " + entry.get("objectId").asString()))
			.containsExactly("account acme", "grant reader-team/acme");
		assertThat(audit("userId=admin&size=200").get("items")
			.valueStream()
			.map((entry) -> entry.get("objectType").asString())).contains("user", "key", "team", "membership", "grant");
		String hash = this.client.query("MATCH (k:ApiKey)-[:KEY_OF]->(:User {id: 'reader'}) RETURN k.hash")
			.fetchAs(String.class)
			.one()
			.orElseThrow();
		assertThat(this.client.query("MATCH (e:AuditEntry) RETURN e").fetch().all().toString()).doesNotContain(secret,
				hash, "\"hash\"");
	}

	private void put(String uri, String body) {
		this.http.put()
			.uri(uri)
			.contentType(MediaType.APPLICATION_JSON)
			.body(body)
			.exchange()
			.expectStatus()
			.is2xxSuccessful();
	}

	private JsonNode audit(String query) {
		return this.http.get()
			.uri("/api/v1/admin/audit?" + query)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
	}

	private static List<String> ids(JsonNode page) {
		return page.get("items").valueStream().map((entry) -> entry.get("objectId").asString()).toList();
	}

	private long entries() {
		return count("MATCH (e:AuditEntry) RETURN count(e)");
	}

	private int count(String cypher) {
		return this.client.query(cypher).fetchAs(Long.class).one().orElseThrow().intValue();
	}

}
