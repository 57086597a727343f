package dev.dealgraph.deal;

import java.util.List;

import dev.dealgraph.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Building a deal map one resource at a time, as a UI would, then reading it whole. */
@IntegrationTest
public class DealMapTests {

	@Autowired
	RestTestClient http;

	@Test
	void mapHoldsTheDealTeamStakeholdersAndEveryTieAmongThemInOneDocument() {
		put("/api/v1/accounts/acme", "{\"name\":\"ACME Telecom\",\"industry\":\"telecom\"}").expectStatus().isCreated();
		put("/api/v1/colleagues/amy", "{\"name\":\"Amy Chen\",\"function\":\"SALES\"}").expectStatus().isCreated();
		put("/api/v1/people/li-wei",
				"{\"accountId\":\"acme\",\"name\":\"李伟\",\"title\":\"CFO\",\"temperament\":\"DRIVER\"}")
			.expectStatus()
			.isCreated();
		put("/api/v1/people/zhang-min", "{\"accountId\":\"acme\",\"name\":\"Zhang Min\",\"title\":\"IT Director\"}")
			.expectStatus()
			.isCreated();
		put("/api/v1/people/outsider", "{\"name\":\"Unrelated\"}").expectStatus().isCreated();
		put("/api/v1/deals/core", "{\"accountId\":\"acme\",\"name\":\"Core refresh\",\"stage\":\"DESIGN\","
				+ "\"value\":1200000,\"currency\":\"USD\",\"team\":[{\"colleagueId\":\"amy\",\"role\":\"Account Executive\"}]}")
			.expectStatus()
			.isCreated();
		put("/api/v1/deals/core/stakeholders/li-wei",
				"{\"roles\":[\"DECISION_MAKER\"],\"influence\":\"HIGH\",\"attitude\":\"NEUTRAL\"}")
			.expectStatus()
			.isCreated();
		put("/api/v1/deals/core/stakeholders/zhang-min",
				"{\"roles\":[\"COACH\",\"TECHNICAL_GATEKEEPER\"],\"influence\":\"MEDIUM\",\"attitude\":\"SPONSOR\"}")
			.expectStatus()
			.isCreated();
		put("/api/v1/relationships/KNOWS/amy/zhang-min", "{\"strength\":0.8,\"level\":\"FRIEND\"}").expectStatus()
			.isCreated();
		put("/api/v1/relationships/INFLUENCES/zhang-min/li-wei", "{\"strength\":0.7}").expectStatus().isCreated();
		put("/api/v1/relationships/REPORTS_TO/zhang-min/li-wei", "{}").expectStatus().isCreated();
		put("/api/v1/relationships/KNOWS/outsider/li-wei", "{\"strength\":0.2}").expectStatus().isCreated();

		this.http.get()
			.uri("/api/v1/deals/core/map")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.exists("ETag")
			.expectBody()
			.jsonPath("$.deal.name")
			.isEqualTo("Core refresh")
			.jsonPath("$.account.name")
			.isEqualTo("ACME Telecom")
			.jsonPath("$.team[0].colleague.id")
			.isEqualTo("amy")
			.jsonPath("$.team[0].role")
			.isEqualTo("Account Executive")
			.jsonPath("$.stakeholders[*].person.id")
			.isEqualTo(List.of("li-wei", "zhang-min"))
			.jsonPath("$.stakeholders[1].facts.roles")
			.isEqualTo(List.of("TECHNICAL_GATEKEEPER", "COACH"))
			.jsonPath("$.ties.length()")
			.isEqualTo(3)
			.jsonPath("$.ties[*].type")
			.isEqualTo(List.of("INFLUENCES", "KNOWS", "REPORTS_TO"));
	}

	@Test
	void rolesBelongToTheDealNotToThePerson() {
		this.http.post().uri("/api/v1/import").contentType(MediaType.APPLICATION_JSON).body("""
				{"accounts":[{"id":"acme","name":"ACME"}],
				 "people":[{"id":"cto","accountId":"acme","name":"Chief Technology Officer"}],
				 "deals":[{"id":"a","accountId":"acme","name":"A","stage":"DESIGN"},
				          {"id":"b","accountId":"acme","name":"B","stage":"BREWING"}],
				 "stakeholders":[{"dealId":"a","personId":"cto","roles":["DECISION_MAKER"],"attitude":"OPPONENT"},
				                 {"dealId":"b","personId":"cto","roles":["USER"],"attitude":"SPONSOR"}]}
				""").exchange().expectStatus().isOk();
		this.http.get()
			.uri("/api/v1/deals/a/stakeholders/cto")
			.exchange()
			.expectBody()
			.jsonPath("$.roles")
			.isEqualTo(List.of("DECISION_MAKER"))
			.jsonPath("$.attitude")
			.isEqualTo("OPPONENT");
		this.http.get()
			.uri("/api/v1/deals/b/stakeholders/cto")
			.exchange()
			.expectBody()
			.jsonPath("$.roles")
			.isEqualTo(List.of("USER"))
			.jsonPath("$.attitude")
			.isEqualTo("SPONSOR");
		this.http.get().uri("/api/v1/people/cto").exchange().expectBody().jsonPath("$.roles").doesNotExist();
	}

	@Test
	void listsArePagedAndFiltered() {
		StringBuilder people = new StringBuilder();
		for (int i = 0; i < 25; i++) {
			people.append(i == 0 ? "" : ",")
				.append("{\"id\":\"p")
				.append(i)
				.append("\",\"accountId\":\"")
				.append(i % 2 == 0 ? "acme" : "other")
				.append("\",\"name\":\"Person ")
				.append(String.format("%02d", i))
				.append("\"}");
		}
		this.http.post()
			.uri("/api/v1/import")
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"accounts\":[{\"id\":\"acme\",\"name\":\"ACME\"},{\"id\":\"other\",\"name\":\"Other\"}],"
					+ "\"people\":[" + people + "],\"deals\":[{\"id\":\"d1\",\"accountId\":\"acme\",\"name\":\"D1\","
					+ "\"stage\":\"DESIGN\"},{\"id\":\"d2\",\"accountId\":\"acme\",\"name\":\"D2\",\"stage\":\"USE\"}]}")
			.exchange()
			.expectStatus()
			.isOk();
		this.http.get()
			.uri("/api/v1/people?accountId=acme&page=1&size=5")
			.exchange()
			.expectBody()
			.jsonPath("$.totalItems")
			.isEqualTo(13)
			.jsonPath("$.totalPages")
			.isEqualTo(3)
			.jsonPath("$.items[0].name")
			.isEqualTo("Person 10");
		this.http.get()
			.uri("/api/v1/deals?stage=USE")
			.exchange()
			.expectBody()
			.jsonPath("$.items[*].id")
			.isEqualTo(List.of("d2"));
		this.http.get().uri("/api/v1/deals?stage=SIGNED").exchange().expectStatus().isBadRequest();
		this.http.get().uri("/api/v1/people?size=201").exchange().expectStatus().isBadRequest();
	}

	@Test
	void unknownIdsAre404AndConflictsAre409() {
		this.http.get().uri("/api/v1/deals/nope").exchange().expectStatus().isNotFound();
		this.http.get().uri("/api/v1/deals/nope/map").exchange().expectStatus().isNotFound();
		put("/api/v1/deals/nope/stakeholders/x", "{\"attitude\":\"SPONSOR\"}").expectStatus().isNotFound();
		put("/api/v1/accounts/acme", "{\"name\":\"ACME\"}").expectStatus().isCreated();
		this.http.post()
			.uri("/api/v1/accounts")
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"id\":\"acme\",\"name\":\"ACME again\"}")
			.exchange()
			.expectStatus()
			.isEqualTo(409);
		put("/api/v1/people/li", "{\"accountId\":\"acme\",\"name\":\"Li\"}").expectStatus().isCreated();
		this.http.delete().uri("/api/v1/accounts/acme").exchange().expectStatus().isEqualTo(409);
		put("/api/v1/colleagues/li", "{\"name\":\"Li from our side\"}").expectStatus().isEqualTo(409);
		put("/api/v1/relationships/KNOWS/li/ghost", "{\"strength\":0.5}").expectStatus().isBadRequest();
		put("/api/v1/relationships/KNOWS/li/li", "{\"strength\":0.5}").expectStatus().isBadRequest();
		put("/api/v1/accounts/other", "{\"id\":\"acme\",\"name\":\"Mismatch\"}").expectStatus().isBadRequest();
	}

	@Test
	void undirectedTieWrittenFromTheOtherEndUpdatesTheSameEdge() {
		put("/api/v1/colleagues/amy", "{\"name\":\"Amy\"}").expectStatus().isCreated();
		put("/api/v1/people/li", "{\"name\":\"Li\"}").expectStatus().isCreated();
		put("/api/v1/relationships/KNOWS/amy/li", "{\"strength\":0.4}").expectStatus().isCreated();
		put("/api/v1/relationships/KNOWS/li/amy", "{\"strength\":0.9}").expectStatus().isOk();
		this.http.get()
			.uri("/api/v1/relationships?individualId=li")
			.exchange()
			.expectBody()
			.jsonPath("$.totalItems")
			.isEqualTo(1)
			.jsonPath("$.items[0].strength")
			.isEqualTo(0.9);
		this.http.delete().uri("/api/v1/relationships/KNOWS/li/amy").exchange().expectStatus().isNoContent();
		this.http.get().uri("/api/v1/relationships/KNOWS/amy/li").exchange().expectStatus().isNotFound();
	}

	@Test
	void deletingAPersonRemovesTheirFactsAndMovesTheDealVersion() {
		put("/api/v1/accounts/acme", "{\"name\":\"ACME\"}").expectStatus().isCreated();
		put("/api/v1/people/li", "{\"accountId\":\"acme\",\"name\":\"Li\"}").expectStatus().isCreated();
		put("/api/v1/deals/core", "{\"accountId\":\"acme\",\"name\":\"Core\",\"stage\":\"DESIGN\"}").expectStatus()
			.isCreated();
		String before = put("/api/v1/deals/core/stakeholders/li", "{\"roles\":[\"USER\"]}").returnResult()
			.getResponseHeaders()
			.getETag();
		this.http.delete().uri("/api/v1/people/li").exchange().expectStatus().isNoContent();
		String after = this.http.get()
			.uri("/api/v1/deals/core")
			.exchange()
			.returnResult()
			.getResponseHeaders()
			.getETag();
		assertThat(after).isNotEqualTo(before);
		this.http.get()
			.uri("/api/v1/deals/core/stakeholders")
			.exchange()
			.expectBody()
			.jsonPath("$.length()")
			.isEqualTo(0);
	}

	private RestTestClient.ResponseSpec put(String uri, String body) {
		return this.http.put().uri(uri).contentType(MediaType.APPLICATION_JSON).body(body).exchange();
	}

}
