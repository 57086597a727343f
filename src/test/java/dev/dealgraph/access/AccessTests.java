package dev.dealgraph.access;

import dev.dealgraph.DemoMap;
import dev.dealgraph.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Who gets in, and what a team sees of the demo accounts. */
@IntegrationTest
class AccessTests {

	@Autowired
	RestTestClient admin;

	@Autowired
	Neo4jClient client;

	@LocalServerPort
	int port;

	String kestrelEditor;

	String nordlichtReader;

	@BeforeEach
	void demoWithTwoTeams() {
		DemoMap.load(this.admin);
		this.kestrelEditor = AccessFixtures.user(this.admin, "kim", null, "EDIT", "kestrel");
		this.nordlichtReader = AccessFixtures.user(this.admin, "nils", null, "READ", "nordlicht");
	}

	@Test
	void anonymousAndWrongKeysGet401ProblemDetails() {
		RestTestClient anonymous = RestTestClient.bindToServer().baseUrl("http://localhost:" + this.port).build();
		JsonNode problem = anonymous.get()
			.uri("/api/v1/deals")
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectHeader()
			.valueMatches(HttpHeaders.WWW_AUTHENTICATE, "Bearer.*")
			.returnResult(JsonNode.class)
			.getResponseBody();
		assertThat(problem.get("type").asString()).isEqualTo("urn:dealgraph:problem:unauthorized");
		for (String token : new String[] { "dgk_wrong", "Bearer", "not-a-key", "dgk_" + "A".repeat(43) }) {
			anonymous.get()
				.uri("/api/v1/deals")
				.header("Authorization", "Bearer " + token)
				.exchange()
				.expectStatus()
				.isUnauthorized()
				.expectBody()
				.jsonPath("$.type")
				.isEqualTo("urn:dealgraph:problem:unauthorized");
		}
		anonymous.get().uri("/actuator/health").exchange().expectStatus().isOk();
	}

	@Test
	void aRevokedKeyStopsWorkingOnTheNextRequest() {
		String second = AccessFixtures.key(this.admin, "kim");
		this.admin.get()
			.uri("/api/v1/deals")
			.header("Authorization", "Bearer " + second)
			.exchange()
			.expectStatus()
			.isOk();
		String keyId = this.admin.get()
			.uri("/api/v1/me")
			.header("Authorization", "Bearer " + second)
			.exchange()
			.returnResult(JsonNode.class)
			.getResponseBody()
			.get("keyId")
			.asString();
		this.admin.delete().uri("/api/v1/admin/keys/" + keyId).exchange().expectStatus().isOk();
		this.admin.get()
			.uri("/api/v1/deals")
			.header("Authorization", "Bearer " + second)
			.exchange()
			.expectStatus()
			.isUnauthorized();
		this.admin.get()
			.uri("/api/v1/deals")
			.header("Authorization", "Bearer " + this.kestrelEditor)
			.exchange()
			.expectStatus()
			.isOk();
		long hashes = this.client.query("MATCH (k:ApiKey {id: $id}) WHERE k.hash IS NOT NULL RETURN count(k)")
			.bind(keyId)
			.to("id")
			.fetchAs(Long.class)
			.one()
			.orElseThrow();
		assertThat(hashes).as("a revoked key's hash is forgotten").isZero();
	}

	@Test
	void keysAreStoredOnlyAsHashes() {
		long plain = this.client.query("MATCH (k:ApiKey) WHERE any(p IN keys(k) WHERE k[p] = $secret) RETURN count(k)")
			.bind(this.kestrelEditor)
			.to("secret")
			.fetchAs(Long.class)
			.one()
			.orElseThrow();
		assertThat(plain).isZero();
		String listed = this.admin.get()
			.uri("/api/v1/admin/keys")
			.exchange()
			.returnResult(String.class)
			.getResponseBody();
		assertThat(listed).contains("\"userId\":\"kim\"").doesNotContain(this.kestrelEditor).doesNotContain("hash");
	}

	@Test
	void aTeamSeesOnlyItsAccountsAndAnotherTeamsObjectAnswersLikeAMissingOne() {
		String accounts = as(this.nordlichtReader, "/api/v1/accounts");
		assertThat(accounts).contains("nordlicht").doesNotContain("kestrel");
		String deals = as(this.nordlichtReader, "/api/v1/deals?size=200");
		assertThat(deals).contains("nordlicht-field").doesNotContain("kestrel");
		String people = as(this.nordlichtReader, "/api/v1/people?size=200");
		assertThat(people).contains("juergen-baumann").doesNotContain("wang-jianguo");
		String ties = as(this.nordlichtReader, "/api/v1/relationships?size=200");
		assertThat(ties).doesNotContain("wang-jianguo").doesNotContain("stefan-kruger");
		for (String[] pair : new String[][] { { "/api/v1/deals/kestrel-wms", "/api/v1/deals/no-such-deal" },
				{ "/api/v1/accounts/kestrel", "/api/v1/accounts/no-such-deal" },
				{ "/api/v1/people/wang-jianguo", "/api/v1/people/no-such-deal" },
				{ "/api/v1/deals/kestrel-wms/map", "/api/v1/deals/no-such-deal/map" },
				{ "/api/v1/deals/kestrel-wms/stakeholders", "/api/v1/deals/no-such-deal/stakeholders" },
				{ "/api/v1/accounts/kestrel/export", "/api/v1/accounts/no-such-deal/export" } }) {
			String other = status404(this.nordlichtReader, pair[0]);
			String missing = status404(this.nordlichtReader, pair[1]);
			String hiddenId = pair[0].split("/")[4];
			assertThat(other.replace(hiddenId, "ID")).as(pair[0]).isEqualTo(missing.replace("no-such-deal", "ID"));
		}
	}

	@Test
	void readOnlyIsForbiddenToChangeAndEditWorks() {
		this.admin.put()
			.uri("/api/v1/deals/nordlicht-field/stakeholders/juergen-baumann")
			.header("Authorization", "Bearer " + this.nordlichtReader)
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"roles\":[\"DECISION_MAKER\"],\"attitude\":\"SUPPORTER\"}")
			.exchange()
			.expectStatus()
			.isForbidden()
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("urn:dealgraph:problem:forbidden");
		this.admin.put()
			.uri("/api/v1/deals/kestrel-telematics/stakeholders/kwame-mensah")
			.header("Authorization", "Bearer " + this.kestrelEditor)
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"roles\":[\"TECHNICAL_GATEKEEPER\"],\"attitude\":\"SUPPORTER\"}")
			.exchange()
			.expectStatus()
			.isOk();
		this.admin.get()
			.uri("/api/v1/admin/users")
			.header("Authorization", "Bearer " + this.kestrelEditor)
			.exchange()
			.expectStatus()
			.isForbidden();
	}

	@Test
	void anImportTouchingAnotherTeamsAccountIsRefusedWholeNamingTheItems() {
		String before = this.admin.get().uri("/api/v1/export").exchange().returnResult(String.class).getResponseBody();
		JsonNode problem = this.admin.post()
			.uri("/api/v1/import")
			.header("Authorization", "Bearer " + this.kestrelEditor)
			.contentType(MediaType.APPLICATION_JSON)
			.body("""
					{"people": [
					  {"id": "new-kestrel-person", "accountId": "kestrel", "name": "New Person"},
					  {"id": "juergen-baumann", "accountId": "nordlicht", "name": "Jürgen Baumann"},
					  {"id": "new-nordlicht-person", "accountId": "nordlicht", "name": "Sneaky"}]}""")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.returnResult(JsonNode.class)
			.getResponseBody();
		assertThat(problem.get("errors").toString()).contains("people[1].id")
			.contains("people[2].accountId")
			.doesNotContain("people[0]");
		String after = this.admin.get().uri("/api/v1/export").exchange().returnResult(String.class).getResponseBody();
		assertThat(after).isEqualTo(before);
	}

	@Test
	void aColleagueSeesTheDealsTheyAreOnWithoutAGrant() {
		String lars = AccessFixtures.user(this.admin, "lars", "lars-oberg", "READ");
		String deals = as(lars, "/api/v1/deals?size=200");
		assertThat(deals).contains("nordlicht-field");
		as(lars, "/api/v1/deals/nordlicht-field/map");
		status404(lars, "/api/v1/accounts/nordlicht");
	}

	private String as(String key, String uri) {
		return this.admin.get()
			.uri(uri)
			.header("Authorization", "Bearer " + key)
			.exchange()
			.expectStatus()
			.isOk()
			.returnResult(String.class)
			.getResponseBody();
	}

	private String status404(String key, String uri) {
		return this.admin.get()
			.uri(uri)
			.header("Authorization", "Bearer " + key)
			.exchange()
			.expectStatus()
			.isNotFound()
			.returnResult(String.class)
			.getResponseBody();
	}

}
