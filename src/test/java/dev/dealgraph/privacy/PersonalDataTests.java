package dev.dealgraph.privacy;

import java.util.List;

import dev.dealgraph.DemoMap;
import dev.dealgraph.IntegrationTest;
import dev.dealgraph.Users;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Everything held about a person, for those who may read them, recorded as an export. */
@IntegrationTest
class PersonalDataTests {

	@Autowired
	RestTestClient http;

	@Test
	void holdsTheirFactsTiesDealFactsAndAuditAndIsItselfAudited() {
		DemoMap.load(this.http);

		JsonNode data = get("/api/v1/people/marco-bianchi/personal-data", null);

		assertThat(data.get("person").get("title").asString()).isEqualTo("Independent Supply-Chain Consultant");
		assertThat(data.get("ties").valueStream().map((tie) -> tie.get("otherName").asString()))
			.containsExactlyInAnyOrder("Priya Raman", "María José Núñez", "María José Núñez");
		JsonNode deal = data.get("deals").get(0);
		assertThat(deal.get("dealName").asString()).isEqualTo("Warehouse network modernisation");
		assertThat(deal.get("facts").get("winResults").asString())
			.isEqualTo("Follow-on advisory contract for the rollout");
		assertThat(data.get("audit").valueStream().map((entry) -> entry.get("objectType").asString()))
			.containsExactlyInAnyOrder("person", "stakeholder", "tie", "tie", "tie", "interaction", "interaction",
					"interaction");
		assertThat(data.get("interactions")).hasSize(3);
		// each of his KNOWS ties has its first trust step on record, the day it was made
		assertThat(data.get("trust").valueStream().map((held) -> held.get("otherId").asString())).isNotEmpty()
			.allSatisfy((other) -> assertThat(List.of("priya-raman", "maria-jose-nunez")).contains(other));
		assertThat(data.get("trust").get(0).get("changes").get(0).get("change").asString()).isEqualTo("CREATED");
		assertThat(data.get("hidden").toString()).isEqualTo("{\"ties\":0,\"deals\":0,\"auditEntries\":0}");

		JsonNode exports = get("/api/v1/admin/audit?operation=export&objectId=marco-bianchi", null);
		assertThat(exports.get("totalItems").asLong()).isOne();
		assertThat(exports.get("items").get(0).get("after").toString()).isEqualTo("{\"deals\":1,\"ties\":3}");
		assertThat(
				get("/api/v1/people/marco-bianchi/personal-data", null).get("audit").get(0).get("operation").asString())
			.isEqualTo("export");
	}

	@Test
	void anotherTeamsPersonAnswers404ExactlyLikeAMissingOne() {
		DemoMap.load(this.http);
		String reader = Users.member(this.http, "kestrel-reader", "kestrel", "READ");

		JsonNode hidden = problem("/api/v1/people/juergen-baumann/personal-data", reader, 404);
		JsonNode missing = problem("/api/v1/people/nobody-here/personal-data", reader, 404);

		assertThat(hidden.get("type")).isEqualTo(missing.get("type"));
		assertThat(hidden.get("title")).isEqualTo(missing.get("title"));
		assertThat(hidden.get("detail").asString()).isEqualTo("No person with id 'juergen-baumann'");
		assertThat(missing.get("detail").asString()).isEqualTo("No person with id 'nobody-here'");
		this.http.post()
			.uri("/api/v1/people/juergen-baumann/erasure")
			.header("Authorization", "Bearer " + reader)
			.exchange()
			.expectStatus()
			.isNotFound();
		this.http.post()
			.uri("/api/v1/people/stefan-kruger/erasure")
			.header("Authorization", "Bearer " + reader)
			.exchange()
			.expectStatus()
			.isForbidden();
		this.http.get().uri("/api/v1/people/stefan-kruger").exchange().expectStatus().isOk();
	}

	@Test
	void aReaderSeesOnlyWhatTheyMayReadAndIsToldHowMuchIsHidden() {
		DemoMap.load(this.http);
		String reader = Users.member(this.http, "kestrel-reader", "kestrel", "READ");

		JsonNode data = get("/api/v1/people/stefan-kruger/personal-data", reader);

		assertThat(data.toString()).doesNotContain("elif-yilmaz", "Elif");
		assertThat(data.get("hidden").get("ties").asInt()).isOne();
		assertThat(data.get("hidden").get("auditEntries").asInt()).isOne();
		assertThat(data.get("ties")).hasSize(10);
		assertThat(get("/api/v1/people/stefan-kruger/personal-data", null).get("ties")).hasSize(11);
	}

	@Test
	void freeTextFieldsAndListsAreCapped() {
		String long2001 = "x".repeat(2001);
		String document = """
				{"accounts": [{"id": "acme", "name": "ACME", "notes": "%s"}],
				 "people": [{"id": "li", "accountId": "acme", "name": "Li", "interests": [%s]},
				            {"id": "wu", "accountId": "acme", "name": "Wu", "interests": ["%s"]}],
				 "deals": [{"id": "d", "accountId": "acme", "name": "D", "stage": "DESIGN"}],
				 "stakeholders": [{"dealId": "d", "personId": "li", "concerns": "%s", "winResults": "%s"}],
				 "relationships": [{"type": "CONFLICTS_WITH", "from": "li", "to": "wu", "note": "%s"}]}"""
			.formatted("x".repeat(4001), "\"a\",".repeat(20) + "\"a\"", "y".repeat(101), long2001, long2001, long2001);

		JsonNode problem = this.http.post()
			.uri("/api/v1/import")
			.contentType(MediaType.APPLICATION_JSON)
			.body(document)
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();

		assertThat(problem.get("errors").findValuesAsString("field")).containsExactlyInAnyOrder("accounts[0].notes",
				"people[0].interests", "people[1].interests[0]", "stakeholders[0].concerns",
				"stakeholders[0].winResults", "relationships[0].note");
	}

	private JsonNode get(String uri, String key) {
		RestTestClient.RequestHeadersSpec<?> request = this.http.get().uri(uri);
		if (key != null) {
			request.header("Authorization", "Bearer " + key);
		}
		return request.exchange().expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
	}

	private JsonNode problem(String uri, String key, int status) {
		return this.http.get()
			.uri(uri)
			.header("Authorization", "Bearer " + key)
			.exchange()
			.expectStatus()
			.isEqualTo(status)
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
	}

}
