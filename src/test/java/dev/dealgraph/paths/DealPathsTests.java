package dev.dealgraph.paths;

import java.util.List;
import java.util.Map;

import dev.dealgraph.DemoMap;
import dev.dealgraph.IntegrationTest;
import dev.dealgraph.system.GraphChanges;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Paths over the demo data, with rankings worked out by hand from its ties and the
 * default scoring constants (KNOWS both ways, INFLUENCES forward, reporting up 0.6 and
 * down 0.4; sponsor 1.0, supporter 0.9, neutral 0.75, unknown or not on the deal 0.6,
 * non-supporter 0.35; opponents excluded).
 */
@IntegrationTest
class DealPathsTests {

	@Autowired
	RestTestClient http;

	@Autowired
	JsonMapper json;

	@Autowired
	PathProjection projection;

	@Autowired
	Neo4jClient client;

	@Autowired
	GraphChanges changes;

	@BeforeEach
	void demo() {
		DemoMap.load(this.http);
	}

	@Test
	void warehouseDealRanksTheCoachPathFirst() {
		JsonNode answer = paths("/api/v1/deals/kestrel-wms/paths");
		JsonNode target = answer.get("targets").get(0);
		assertThat(target.get("person").get("id").asString()).isEqualTo("maria-jose-nunez");
		// amy -0.9- Kim (sponsor coach) -0.7- María; lars -0.8- Chen (sponsor)
		// -influences 0.7-;
		// priya -0.7- Marco (supporter 0.9) -0.8-; priya -0.5- María; amy -0.7- Chen
		// -0.7-
		assertRoutes(target, List.of(List.of("amy-chen", "kim-minjun", "maria-jose-nunez"),
				List.of("lars-oberg", "chen-xiaoming", "maria-jose-nunez"),
				List.of("priya-raman", "marco-bianchi", "maria-jose-nunez"), List.of("priya-raman", "maria-jose-nunez"),
				List.of("amy-chen", "chen-xiaoming", "maria-jose-nunez")),
				List.of(0.9 * 0.7, 0.8 * 0.7, 0.7 * 0.9 * 0.8, 0.5, 0.7 * 0.7));
		assertThat(target.get("paths").get(0).get("explanation").asString()).isEqualTo(
				"Amy Chen knows 김민준 well (0.90); 김민준, a sponsoring coach, knows María José Núñez (0.70), the decision-maker.");
		assertThat(answer.get("scoring").get("sponsor").asDouble()).isEqualTo(1.0);
		assertThat(answer.get("query").get("sources").toString()).contains("amy-chen", "lars-oberg", "priya-raman");
		assertThat(answer.get("browser").get("params").asString()).startsWith(":param paths => [{nodes: ['amy-chen'");
		assertThat(answer.get("browser").get("query").asString()).doesNotContain("amy-chen");
	}

	@Test
	void telematicsDealAvoidsTheOpposedGatekeeperUnlessAsked() {
		JsonNode answer = paths("/api/v1/deals/kestrel-telematics/paths");
		JsonNode target = answer.get("targets").get(0);
		assertThat(target.get("person").get("id").asString()).isEqualTo("wang-jianguo");
		// zhang-li and Amélie are not on this deal (unknown, 0.6); Fatima supports it
		// (0.9);
		// Kim is a neutral user here (0.75), reports to Rajesh (0.6 up) who sways Wang
		// (0.5):
		// the last two score 0.1215 alike, so only float rounding orders them
		assertRoutes(target,
				List.of(List.of("amy-chen", "zhang-li", "wang-jianguo"),
						List.of("tomasz-wojcik", "amelie-rousseau", "wang-jianguo"),
						List.of("tomasz-wojcik", "oluwaseun-adeyemi", "wang-jianguo")),
				List.of(0.35 * 0.6 * 0.85, 0.7 * 0.6 * 0.4, 0.6 * 0.6 * 0.35));
		assertThat(routes(target).subList(3, 5)).containsExactlyInAnyOrder(
				List.of("amy-chen", "fatima-alsayed", "wang-jianguo"),
				List.of("amy-chen", "kim-minjun", "rajesh-iyer", "wang-jianguo"));
		assertThat(target.get("paths").get(4).get("score").asDouble()).isCloseTo(0.45 * 0.9 * 0.3, within(1e-6));
		assertThat(answer.toString()).doesNotContain("stefan-kruger");

		JsonNode withOpponents = paths("/api/v1/deals/kestrel-telematics/paths?includeOpponents=true&k=50");
		assertThat(withOpponents.toString()).contains("stefan-kruger");
		assertThat(withOpponents.get("query").get("includeOpponents").asBoolean()).isTrue();
	}

	@Test
	void viaAvoidFromAndToAreHonoured() {
		JsonNode viaMarco = paths("/api/v1/deals/kestrel-wms/paths?via=marco-bianchi&k=3");
		viaMarco.get("targets").get(0).get("paths").forEach((path) -> assertThat(ids(path)).contains("marco-bianchi"));

		JsonNode avoidKim = paths("/api/v1/deals/kestrel-wms/paths?avoid=kim-minjun,chen-xiaoming&k=10");
		avoidKim.get("targets")
			.get(0)
			.get("paths")
			.forEach((path) -> assertThat(ids(path)).doesNotContain("kim-minjun", "chen-xiaoming"));

		JsonNode fromPriya = paths("/api/v1/deals/kestrel-wms/paths?from=priya-raman&maxHops=1");
		assertRoutes(fromPriya.get("targets").get(0), List.of(List.of("priya-raman", "maria-jose-nunez")),
				List.of(0.5));

		JsonNode toZhang = paths("/api/v1/deals/kestrel-telematics/paths?to=zhang-li&k=1");
		assertThat(ids(toZhang.get("targets").get(0).get("paths").get(0))).containsExactly("amy-chen", "zhang-li");
	}

	@Test
	void noDecisionMakerIsA200WithAReason() {
		this.http.delete()
			.uri("/api/v1/deals/kestrel-wms/stakeholders/maria-jose-nunez")
			.exchange()
			.expectStatus()
			.isNoContent();
		JsonNode answer = paths("/api/v1/deals/kestrel-wms/paths");
		assertThat(answer.get("targets").size()).isZero();
		assertThat(answer.get("reason").asString()).contains("No decision-maker");
	}

	@Test
	void unreachableTargetIsA200WithAReason() {
		JsonNode answer = paths("/api/v1/deals/kestrel-telematics/paths?maxHops=1");
		assertThat(answer.get("targets").get(0).get("paths").size()).isZero();
		assertThat(answer.get("targets").get(0).get("reason").asString()).contains("within 1 hops");
		assertThat(answer.get("reason").asString()).isNotBlank();
	}

	@Test
	void badParametersAre400AndUnknownIdsAre404() {
		this.http.get().uri("/api/v1/deals/kestrel-wms/paths?k=0").exchange().expectStatus().isBadRequest();
		this.http.get().uri("/api/v1/deals/kestrel-wms/paths?k=51").exchange().expectStatus().isBadRequest();
		this.http.get().uri("/api/v1/deals/kestrel-wms/paths?maxHops=9").exchange().expectStatus().isBadRequest();
		this.http.get().uri("/api/v1/deals/kestrel-wms/paths?k=many").exchange().expectStatus().isBadRequest();
		this.http.get().uri("/api/v1/deals/nope/paths").exchange().expectStatus().isNotFound();
		this.http.get().uri("/api/v1/deals/kestrel-wms/paths?to=nobody").exchange().expectStatus().isNotFound();
		this.http.get().uri("/api/v1/deals/kestrel-wms/paths?from=nobody").exchange().expectStatus().isNotFound();
		this.http.get().uri("/api/v1/deals/kestrel-wms/paths?via=nobody").exchange().expectStatus().isNotFound();
	}

	@Test
	void aNewTieShowsInTheNextAnswer() {
		JsonNode before = paths("/api/v1/deals/kestrel-telematics/paths?k=1");
		assertThat(before.get("targets").get(0).get("paths").get(0).get("score").asDouble()).isLessThan(0.5);
		this.http.put()
			.uri("/api/v1/relationships/KNOWS/tomasz-wojcik/wang-jianguo")
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("strength", 0.9))
			.exchange()
			.expectStatus()
			.isCreated();
		JsonNode after = paths("/api/v1/deals/kestrel-telematics/paths?k=1");
		assertRoutes(after.get("targets").get(0), List.of(List.of("tomasz-wojcik", "wang-jianguo")), List.of(0.9));
	}

	@Test
	void dealFactsNamesAndPeopleWrittenHereShowInTheNextAnswerWithoutAReload() {
		assertThat(top("/api/v1/deals/kestrel-wms/paths?k=1")).containsExactly("amy-chen", "kim-minjun",
				"maria-jose-nunez");
		Snapshot before = this.projection.snapshot();

		// the coach turns against us: his path drops below Lars's through the sponsor
		this.http.put()
			.uri("/api/v1/deals/kestrel-wms/stakeholders/kim-minjun")
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("roles", List.of("COACH"), "attitude", "NON_SUPPORTER", "mode", "GROWTH"))
			.exchange()
			.expectStatus()
			.isOk();
		assertThat(top("/api/v1/deals/kestrel-wms/paths?k=1")).containsExactly("lars-oberg", "chen-xiaoming",
				"maria-jose-nunez");

		// a renamed decision-maker is named anew in the explanation
		Map<String, Object> maria = new java.util.HashMap<>(
				Map.of("accountId", "kestrel", "name", "María Núñez", "title", "Chief Operating Officer"));
		this.http.put()
			.uri("/api/v1/people/maria-jose-nunez")
			.contentType(MediaType.APPLICATION_JSON)
			.body(maria)
			.exchange()
			.expectStatus()
			.isOk();
		assertThat(paths("/api/v1/deals/kestrel-wms/paths?k=1").get("targets")
			.get(0)
			.get("paths")
			.get(0)
			.get("explanation")
			.asString()).endsWith("influences María Núñez (0.70), the decision-maker.");

		// a new person with a strong tie to both ends opens the best path
		this.http.post()
			.uri("/api/v1/people")
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("id", "new-cfo", "accountId", "kestrel", "name", "Ines Ferreira"))
			.exchange()
			.expectStatus()
			.isCreated();
		for (String other : List.of("lars-oberg", "maria-jose-nunez")) {
			this.http.put()
				.uri("/api/v1/relationships/KNOWS/new-cfo/" + other)
				.contentType(MediaType.APPLICATION_JSON)
				.body(Map.of("strength", 1.0))
				.exchange()
				.expectStatus()
				.isCreated();
		}
		assertThat(top("/api/v1/deals/kestrel-wms/paths?k=1")).containsExactly("lars-oberg", "new-cfo",
				"maria-jose-nunez");

		// and once deleted, she is gone from the answers and unknown as a target
		this.http.delete().uri("/api/v1/people/new-cfo").exchange().expectStatus().isNoContent();
		assertThat(top("/api/v1/deals/kestrel-wms/paths?k=1")).containsExactly("lars-oberg", "chen-xiaoming",
				"maria-jose-nunez");
		this.http.get().uri("/api/v1/deals/kestrel-wms/paths?to=new-cfo").exchange().expectStatus().isNotFound();

		Snapshot after = this.projection.snapshot();
		assertThat(after.patched()).as("caught up by patching, not by loading everything").isTrue();
		assertThat(after.position().epoch()).isEqualTo(before.position().epoch());
		assertThat(after.position().seq()).isGreaterThan(before.position().seq());
	}

	@Test
	void aDeletedDealIsNotFoundAndANewOneAnswers() {
		this.http.delete().uri("/api/v1/deals/kestrel-wms").exchange().expectStatus().isNoContent();
		this.http.get().uri("/api/v1/deals/kestrel-wms/paths").exchange().expectStatus().isNotFound();
		this.http.post()
			.uri("/api/v1/deals")
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("id", "kestrel-pilot", "accountId", "kestrel", "name", "Pilot", "stage", "INTEREST", "team",
					List.of(Map.of("colleagueId", "priya-raman"))))
			.exchange()
			.expectStatus()
			.isCreated();
		JsonNode noDecider = paths("/api/v1/deals/kestrel-pilot/paths");
		assertThat(noDecider.get("reason").asString()).startsWith("No decision-maker is identified");
		this.http.put()
			.uri("/api/v1/deals/kestrel-pilot/stakeholders/maria-jose-nunez")
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("roles", List.of("DECISION_MAKER"), "attitude", "SUPPORTER", "mode", "GROWTH"))
			.exchange()
			.expectStatus()
			.isCreated();
		assertThat(top("/api/v1/deals/kestrel-pilot/paths?k=1")).containsExactly("priya-raman", "maria-jose-nunez");
	}

	@Test
	void aGapInTheChangeLogFallsBackToLoadingEverything() {
		assertThat(top("/api/v1/deals/kestrel-telematics/paths?k=1")).doesNotContain("tomasz-wojcik");
		// a tie written and counted, but its log entry gone, as if pruned before this
		// instance read it
		this.client.query("""
				MATCH (a:Colleague {id: 'tomasz-wojcik'}), (b:Person {id: 'wang-jianguo'})
				MERGE (a)-[:KNOWS {strength: 0.9}]->(b)
				WITH count(*) AS written
				MATCH (c:GraphChange {id: 'ties'}) SET c.seq = c.seq + 1""").run();
		this.changes.changedOutside();
		assertRoutes(paths("/api/v1/deals/kestrel-telematics/paths?k=1").get("targets").get(0),
				List.of(List.of("tomasz-wojcik", "wang-jianguo")), List.of(0.9));
		assertThat(this.projection.snapshot().patched()).isFalse();
	}

	private List<String> top(String uri) {
		return routes(paths(uri).get("targets").get(0)).get(0);
	}

	@Test
	void companyWidePathsReachAnyoneFromAllColleagues() {
		JsonNode answer = paths("/api/v1/people/juergen-baumann/paths?k=2");
		assertThat(answer.get("dealId").isNull()).isTrue();
		List<List<String>> routes = routes(answer.get("targets").get(0));
		assertThat(routes.get(0)).containsExactly("yuki-sato", "juergen-baumann");
	}

	private JsonNode paths(String uri) {
		String body = this.http.get()
			.uri(uri)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		return this.json.readTree(body);
	}

	private static void assertRoutes(JsonNode target, List<List<String>> expected, List<Double> scores) {
		assertThat(routes(target).subList(0, expected.size())).isEqualTo(expected);
		for (int i = 0; i < scores.size(); i++) {
			assertThat(target.get("paths").get(i).get("score").asDouble()).isCloseTo(scores.get(i), within(1e-6));
			assertThat(target.get("paths").get(i).get("rank").asInt()).isEqualTo(i + 1);
		}
	}

	private static List<List<String>> routes(JsonNode target) {
		List<List<String>> routes = new java.util.ArrayList<>();
		target.get("paths").forEach((path) -> routes.add(ids(path)));
		return routes;
	}

	private static List<String> ids(JsonNode path) {
		List<String> ids = new java.util.ArrayList<>();
		ids.add(path.get("start").get("id").asString());
		path.get("steps").forEach((step) -> ids.add(step.get("to").get("id").asString()));
		return ids;
	}

}
