package dev.dealgraph.relationship;

import java.util.ArrayList;
import java.util.List;

import dev.dealgraph.DemoMap;
import dev.dealgraph.GraphFingerprint;
import dev.dealgraph.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Every write path that sets a tie's trust level keeps its history, over HTTP. */
@IntegrationTest
class TrustHistoryTests {

	static final JsonMapper json = JsonMapper.builder().build();

	static final String STEFAN = "/api/v1/relationships/KNOWS/lars-oberg/stefan-kruger";

	@Autowired
	RestTestClient http;

	@Autowired
	Neo4jClient client;

	@BeforeEach
	void demo() {
		DemoMap.load(this.http);
	}

	@Test
	void theDemoImportRecordsEachTiesCreationAfterItsEarlierSteps() {
		JsonNode kim = history("/api/v1/relationships/KNOWS/amy-chen/kim-minjun");
		assertThat(steps(kim)).containsExactly("CREATED null→OUTSIDER", "CHANGED OUTSIDER→FRIEND",
				"CHANGED FRIEND→PARTNER");
		assertThat(kim.get("changes").get(0).get("at").asString()).startsWith("2026-02-16");
		// a tie without earlier steps starts with its creation by the import
		assertThat(steps(history(STEFAN))).containsExactly("CREATED null→FRIEND");
		assertThat(history(STEFAN).get("changes").get(0).get("by").asString()).isEqualTo("admin");
		// importing the same map again adds nothing
		DemoMap.load(this.http);
		assertThat(steps(history("/api/v1/relationships/KNOWS/amy-chen/kim-minjun"))).hasSize(3);
	}

	@Test
	void changingTheLevelThroughTheApiAppendsAStepAndAStrengthEditDoesNot() {
		put(STEFAN, "{\"strength\":0.8,\"level\":\"PARTNER\",\"lastContact\":\"2026-04-30\"}", 200);
		put(STEFAN, "{\"strength\":0.6,\"level\":\"PARTNER\",\"lastContact\":\"2026-04-30\"}", 200);
		// the other way round names the same tie
		assertThat(steps(history("/api/v1/relationships/KNOWS/stefan-kruger/lars-oberg")))
			.containsExactly("CREATED null→FRIEND", "CHANGED FRIEND→PARTNER");
	}

	@Test
	void aFailingWriteKeepsNoHistory() {
		String before = GraphFingerprint.of(this.client);
		put(STEFAN, "{\"strength\":1.5,\"level\":\"PARTNER\"}", 400);
		put(STEFAN, "{\"strength\":0.5,\"level\":\"BEST_FRIEND\"}", 400);
		// an import refused as a whole: its good tie keeps no step either
		importing("{\"relationships\":[{\"type\":\"KNOWS\",\"from\":\"lars-oberg\",\"to\":\"stefan-kruger\","
				+ "\"strength\":0.8,\"level\":\"PARTNER\"},{\"type\":\"KNOWS\",\"from\":\"lars-oberg\","
				+ "\"to\":\"nobody-here\",\"strength\":0.3}]}", 400);
		assertThat(GraphFingerprint.of(this.client)).isEqualTo(before);
		assertThat(steps(history(STEFAN))).containsExactly("CREATED null→FRIEND");
	}

	@Test
	void importsCarryLevelsAndEarlierStepsAndRefuseStepsWithoutTheirTie() {
		importing("{\"relationships\":[{\"type\":\"KNOWS\",\"from\":\"lars-oberg\",\"to\":\"stefan-kruger\","
				+ "\"strength\":0.8,\"level\":\"SUPPLIER\"}]}", 200);
		assertThat(steps(history(STEFAN))).containsExactly("CREATED null→FRIEND", "CHANGED FRIEND→SUPPLIER");
		String problem = importing("{\"trustHistory\":[{\"from\":\"lars-oberg\",\"to\":\"stefan-kruger\","
				+ "\"level\":\"FRIEND\",\"on\":\"2026-01-05\"}]}", 400);
		assertThat(problem).contains("trustHistory[0].to");
		String future = importing("{\"relationships\":[{\"type\":\"KNOWS\",\"from\":\"lars-oberg\","
				+ "\"to\":\"stefan-kruger\",\"strength\":0.8,\"level\":\"SUPPLIER\"}],\"trustHistory\":[{\"from\":"
				+ "\"lars-oberg\",\"to\":\"stefan-kruger\",\"level\":\"FRIEND\",\"on\":\"2999-01-05\"}]}", 400);
		assertThat(future).contains("trustHistory[0].on");
	}

	@Test
	void theCsvImportKeepsHistoryToo() {
		String csv = "type,from,to,strength,level\nKNOWS,lars-oberg,stefan-kruger,0.8,PARTNER\n";
		this.http.post()
			.uri("/api/v1/import/csv?kind=TIES")
			.contentType(MediaType.parseMediaType("text/csv"))
			.body(csv)
			.exchange()
			.expectStatus()
			.isOk();
		assertThat(steps(history(STEFAN))).containsExactly("CREATED null→FRIEND", "CHANGED FRIEND→PARTNER");
	}

	@Test
	void aFirstContactStartsAnOutsidersHistoryAndADeletedTieEndsIt() {
		this.http.post()
			.uri("/api/v1/interactions")
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"id\":\"meal-1\",\"personId\":\"rajesh-iyer\",\"colleagueId\":\"amy-chen\","
					+ "\"date\":\"2026-11-20\",\"kind\":\"MEAL\"}")
			.exchange()
			.expectStatus()
			.isCreated();
		String rajesh = "/api/v1/relationships/KNOWS/amy-chen/rajesh-iyer";
		assertThat(steps(history(rajesh))).containsExactly("CREATED null→OUTSIDER");
		this.http.delete().uri(rajesh).exchange().expectStatus().isNoContent();
		JsonNode ended = history(rajesh);
		assertThat(steps(ended)).containsExactly("CREATED null→OUTSIDER", "ENDED OUTSIDER→null");
		assertThat(ended.get("tie").isNull()).isTrue();
		this.http.get()
			.uri(rajesh.replace("rajesh-iyer", "li-na") + "/trust-history")
			.exchange()
			.expectStatus()
			.isNotFound();
	}

	@Test
	void erasingAPersonRemovesTheHistoryNamingThem() {
		assertThat(count("marco-bianchi")).isPositive();
		this.http.post().uri("/api/v1/people/marco-bianchi/erasure").exchange().expectStatus().isOk();
		assertThat(count("marco-bianchi")).isZero();
		assertThat(this.client.query("MATCH (t:TrustChange) WHERE t.tie CONTAINS 'marco-bianchi' RETURN count(t)")
			.fetchAs(Long.class)
			.one()
			.orElseThrow()).isZero();
		// other ties keep theirs
		assertThat(steps(history(STEFAN))).hasSize(1);
	}

	@Test
	void anotherTeamsTieHistoryAnswersLikeAMissingOne() {
		String key = dev.dealgraph.TeamUsers.reader(this.http, "nordlicht-reader", "nordlicht");
		this.http.get()
			.uri(STEFAN + "/trust-history")
			.header("Authorization", "Bearer " + key)
			.exchange()
			.expectStatus()
			.isNotFound();
		this.http.get()
			.uri("/api/v1/relationships/KNOWS/yuki-sato/juergen-baumann/trust-history")
			.header("Authorization", "Bearer " + key)
			.exchange()
			.expectStatus()
			.isOk();
	}

	long count(String id) {
		return this.client.query("MATCH (t:TrustChange)-[:TRUST_OF]->(:Individual {id: $id}) RETURN count(t)")
			.bind(id)
			.to("id")
			.fetchAs(Long.class)
			.one()
			.orElseThrow();
	}

	JsonNode history(String tie) {
		return json.readTree(this.http.get()
			.uri(tie + "/trust-history")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody());
	}

	static List<String> steps(JsonNode history) {
		List<String> steps = new ArrayList<>();
		history.get("changes")
			.forEach(
					(c) -> steps.add(c.get("change").asString() + " " + text(c.get("from")) + "→" + text(c.get("to"))));
		return steps;
	}

	static String text(JsonNode node) {
		return (node == null || node.isNull()) ? "null" : node.asString();
	}

	void put(String uri, String body, int status) {
		this.http.put()
			.uri(uri)
			.contentType(MediaType.APPLICATION_JSON)
			.body(body)
			.exchange()
			.expectStatus()
			.isEqualTo(status);
	}

	String importing(String body, int status) {
		return this.http.post()
			.uri("/api/v1/import")
			.contentType(MediaType.APPLICATION_JSON)
			.body(body)
			.exchange()
			.expectStatus()
			.isEqualTo(status)
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
	}

}
