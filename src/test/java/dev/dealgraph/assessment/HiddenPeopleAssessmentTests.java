package dev.dealgraph.assessment;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.dealgraph.DemoMap;
import dev.dealgraph.IntegrationTest;
import dev.dealgraph.TeamUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Assessments and the pipeline as callers who are not admins see them, over the demo: a
 * reader of Nordlicht, and a user linked to Tomasz Wójcik (on two Kestrel deals) with no
 * grant. Every answer is checked as a whole text for the ids and names of the people they
 * may not read.
 */
@IntegrationTest
class HiddenPeopleAssessmentTests {

	@Autowired
	RestTestClient http;

	@Autowired
	JsonMapper json;

	String nordlicht;

	@BeforeEach
	void demo() {
		DemoMap.load(this.http);
		this.nordlicht = TeamUsers.reader(this.http, "nora", "nordlicht");
	}

	@Test
	void anotherAccountsDealAndTheAccountItselfAnswerLikeMissingOnes() {
		assertHiddenLikeMissing("/api/v1/deals/%s/assessment", "kestrel-wms", "no-such-deal");
		assertHiddenLikeMissing("/api/v1/accounts/%s/assessment", "kestrel", "no-such-account");
		this.http.get().uri("/api/v1/accounts/kestrel/assessment").exchange().expectStatus().isOk();
	}

	@Test
	void assessmentsAndThePipelineNameNobodyOfAnotherAccount() throws IOException {
		// the best way to Nordlicht's decision-maker now runs through Stefan Krüger of
		// Kestrel: Yuki knows him as well as can be, and he knows Jürgen Baumann
		this.http.delete()
			.uri("/api/v1/relationships/KNOWS/yuki-sato/juergen-baumann")
			.exchange()
			.expectStatus()
			.is2xxSuccessful();
		tie("yuki-sato", "stefan-kruger");
		tie("stefan-kruger", "juergen-baumann");
		stakeholder("juergen-baumann", "[\"DECISION_MAKER\"]");
		stakeholder("elif-yilmaz", "[\"COACH\",\"USER\"]");
		Set<String> kestrel = namesAndIds((person) -> "kestrel".equals(person.path("accountId").asString(null)));
		List<String> answers = List.of("/api/v1/deals/nordlicht-field/assessment",
				"/api/v1/accounts/nordlicht/assessment", "/api/v1/pipeline", "/api/v1/pipeline?sort=weightedValue");
		// the admin asks first, so a judgement remembered for them would be handed on
		String adminsField = getText(answers.get(0), null);
		assertThat(adminsField).contains("stefan-kruger", "Stefan Krüger");
		assertThat(getText("/api/v1/pipeline", null)).contains("kestrel-wms");
		for (String uri : answers) {
			String seen = getText(uri, this.nordlicht);
			for (String kestrelPerson : kestrel) {
				assertThat(seen).as(uri).doesNotContain(kestrelPerson);
			}
		}
		JsonNode field = this.json.readTree(getText(answers.get(0), this.nordlicht));
		JsonNode decider = field.get("coverage").get(0).get("people").get(0);
		assertThat(decider.get("reach").get("firstHopId").asString()).isEqualTo("elif-yilmaz");
		assertThat(ids(this.json.readTree(getText("/api/v1/pipeline", this.nordlicht))))
			.containsExactly("nordlicht-field");
		// and the admin still sees it all
		assertThat(getText(answers.get(0), null)).isEqualTo(adminsField);
	}

	@Test
	void aUserLinkedToAColleagueSeesTheirDealsAndTheirStakeholdersOnly() throws IOException {
		String tomasz = TeamUsers.colleague(this.http, "tom", "tomasz-wojcik");
		Set<String> readable = new HashSet<>();
		for (String deal : List.of("kestrel-yard", "kestrel-telematics")) {
			for (JsonNode s : this.json.readTree(getText("/api/v1/deals/" + deal + "/stakeholders", null))) {
				readable.add(s.get("personId").asString());
			}
		}
		Set<String> hidden = namesAndIds((person) -> person.path("accountId").asString(null) != null
				&& !readable.contains(person.get("id").asString()));
		String adminsYard = getText("/api/v1/deals/kestrel-yard/assessment", null);
		assertThat(hidden).anyMatch(adminsYard::contains);
		for (String uri : List.of("/api/v1/deals/kestrel-yard/assessment",
				"/api/v1/deals/kestrel-telematics/assessment", "/api/v1/pipeline")) {
			String seen = getText(uri, tomasz);
			for (String person : hidden) {
				assertThat(seen).as(uri).doesNotContain(person);
			}
		}
		assertThat(ids(this.json.readTree(getText("/api/v1/pipeline", tomasz))))
			.containsExactlyInAnyOrder("kestrel-telematics", "kestrel-yard");
		assertHiddenLikeMissing("/api/v1/deals/%s/assessment", "kestrel-wms", "no-such-deal", tomasz);
		assertHiddenLikeMissing("/api/v1/accounts/%s/assessment", "kestrel", "no-such-account", tomasz);
	}

	private interface Filter {

		boolean keeps(JsonNode person);

	}

	/** The ids and names of the demo's people that {@code filter} keeps. */
	private Set<String> namesAndIds(Filter filter) throws IOException {
		JsonNode demo = this.json
			.readTree(new ClassPathResource("cypher/demo/demo-map.json").getContentAsString(StandardCharsets.UTF_8));
		Set<String> found = new HashSet<>();
		for (JsonNode person : demo.get("people")) {
			if (filter.keeps(person)) {
				found.add(person.get("id").asString());
				found.add(person.get("name").asString());
			}
		}
		assertThat(found).isNotEmpty();
		return found;
	}

	private static List<String> ids(JsonNode page) {
		List<String> ids = new ArrayList<>();
		page.get("items").forEach((row) -> ids.add(row.get("dealId").asString()));
		return ids;
	}

	private void assertHiddenLikeMissing(String template, String hidden, String missing) {
		assertHiddenLikeMissing(template, hidden, missing, this.nordlicht);
	}

	private void assertHiddenLikeMissing(String template, String hidden, String missing, String key) {
		var hiddenAnswer = this.http.get()
			.uri(template.formatted(hidden))
			.header("Authorization", "Bearer " + key)
			.exchange()
			.expectStatus()
			.isNotFound()
			.returnResult(String.class)
			.getResponseBody();
		var missingAnswer = this.http.get()
			.uri(template.formatted(missing))
			.header("Authorization", "Bearer " + key)
			.exchange()
			.expectStatus()
			.isNotFound()
			.returnResult(String.class)
			.getResponseBody();
		assertThat(hiddenAnswer).isEqualTo(missingAnswer.replace(missing, hidden));
	}

	private void tie(String from, String to) {
		this.http.put()
			.uri("/api/v1/relationships/KNOWS/{from}/{to}", from, to)
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("strength", 1.0))
			.exchange()
			.expectStatus()
			.is2xxSuccessful();
	}

	/** Makes the person neutral on the Nordlicht field deal, keeping their roles. */
	private void stakeholder(String personId, String roles) {
		this.http.put()
			.uri("/api/v1/deals/nordlicht-field/stakeholders/{person}", personId)
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"roles\":" + roles + ",\"attitude\":\"NEUTRAL\"}")
			.exchange()
			.expectStatus()
			.is2xxSuccessful();
	}

	private String getText(String uri, String key) {
		var request = this.http.get().uri(uri);
		if (key != null) {
			request.header("Authorization", "Bearer " + key);
		}
		return request.exchange().expectStatus().isOk().returnResult(String.class).getResponseBody();
	}

}
