package dev.dealgraph.upkeep;

import java.time.LocalDate;
import java.time.ZoneOffset;

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

/** Recording contacts over HTTP, on the demo map. */
@IntegrationTest
public class InteractionTests {

	static final JsonMapper json = JsonMapper.builder().build();

	@Autowired
	RestTestClient http;

	@Autowired
	Neo4jClient client;

	@BeforeEach
	void demo() {
		DemoMap.load(this.http);
	}

	@Test
	void recordingAContactMovesTheLastContactOfTheTie() {
		String today = LocalDate.now(ZoneOffset.UTC).toString();
		post(interaction("visit-1", "stefan-kruger", "lars-oberg", today, "\"dealId\":\"kestrel-wms\","), 201);
		assertThat(tie("KNOWS/lars-oberg/stefan-kruger").get("lastContact").asString()).isEqualTo(today);
		assertThat(tie("KNOWS/lars-oberg/stefan-kruger").get("strength").asDouble()).isEqualTo(0.8);
		JsonNode listed = get("/api/v1/interactions?personId=stefan-kruger&dealId=kestrel-wms&from=" + today);
		assertThat(listed.get("items")).hasSize(1);
		assertThat(listed.get("items").get(0).get("colleagueId").asString()).isEqualTo("lars-oberg");
		assertThat(listed.get("items").get(0).get("outcome").asString()).isEqualTo("NEUTRAL");
	}

	@Test
	void anOlderContactLeavesALaterLastContactAlone() {
		post(interaction("call-old", "stefan-kruger", "lars-oberg", "2025-01-10", ""), 201);
		assertThat(tie("KNOWS/lars-oberg/stefan-kruger").get("lastContact").asString()).isEqualTo("2026-04-30");
	}

	@Test
	void aFirstContactCreatesAWeakTieThatSaysWhereItCameFrom() {
		post(interaction("meal-1", "rajesh-iyer", "amy-chen", "2026-11-20", ""), 201);
		JsonNode tie = tie("KNOWS/amy-chen/rajesh-iyer");
		assertThat(tie.get("strength").asDouble()).isEqualTo(0.2);
		assertThat(tie.get("level").asString()).isEqualTo("OUTSIDER");
		assertThat(tie.get("source").asString()).isEqualTo("interaction meal-1");
		assertThat(tie.get("lastContact").asString()).isEqualTo("2026-11-20");
	}

	@Test
	void theSameInteractionTwiceIsRecordedOnceAndAnotherUnderItsIdIsRefused() {
		String body = interaction("visit-2", "stefan-kruger", "lars-oberg", "2026-11-01", "");
		post(body, 201);
		post(body, 200);
		assertThat(get("/api/v1/interactions/visit-2").get("date").asString()).isEqualTo("2026-11-01");
		assertThat(get("/api/v1/interactions?personId=stefan-kruger&from=2026-11-01").get("totalItems").asLong())
			.isEqualTo(1);
		String problem = post(interaction("visit-2", "stefan-kruger", "lars-oberg", "2026-11-02", ""), 400);
		assertThat(problem).contains("\"field\":\"id\"");
	}

	@Test
	void badInputNamesTheFieldAndWritesNothing() {
		String before = GraphFingerprint.of(this.client);
		String later = LocalDate.now(ZoneOffset.UTC).plusDays(2).toString();
		assertThat(post(interaction("x-1", "stefan-kruger", "lars-oberg", later, ""), 400))
			.contains("\"field\":\"date\"");
		assertThat(post(interaction("x-2", "nobody-here", "lars-oberg", "2026-11-01", ""), 400))
			.contains("\"field\":\"personId\"");
		assertThat(post(interaction("x-3", "stefan-kruger", "stefan-kruger", "2026-11-01", ""), 400))
			.contains("\"field\":\"colleagueId\"");
		assertThat(post(interaction("x-4", "lars-oberg", "amy-chen", "2026-11-01", ""), 400))
			.contains("\"field\":\"personId\"");
		assertThat(
				post(interaction("x-5", "stefan-kruger", "lars-oberg", "2026-11-01", "\"dealId\":\"nordlicht-field\","),
						400))
			.contains("\"field\":\"dealId\"")
			.contains("nordlicht");
		assertThat(post("{\"id\":\"x-6\",\"personId\":\"stefan-kruger\",\"colleagueId\":\"lars-oberg\","
				+ "\"date\":\"2026-11-01\",\"kind\":\"TELEPATHY\"}", 400))
			.contains("\"field\":\"kind\"");
		assertThat(post(
				"{\"id\":\"x-7\",\"personId\":\"stefan-kruger\",\"colleagueId\":\"lars-oberg\"," + "\"kind\":\"CALL\"}",
				400))
			.contains("\"field\":\"date\"");
		assertThat(GraphFingerprint.of(this.client)).isEqualTo(before);
	}

	@Test
	void listsFilterByColleagueAccountAndTime() {
		// long before the demo's own interactions
		post(interaction("a", "stefan-kruger", "lars-oberg", "2024-10-01", ""), 201);
		post(interaction("b", "juergen-baumann", "yuki-sato", "2024-11-01", ""), 201);
		post(interaction("c", "li-na", "lars-oberg", "2024-11-15", ""), 201);
		String before2025 = "&to=2024-12-31";
		assertThat(ids(get("/api/v1/interactions?colleagueId=lars-oberg" + before2025))).containsExactly("c", "a");
		assertThat(ids(get("/api/v1/interactions?accountId=nordlicht" + before2025))).containsExactly("b");
		assertThat(ids(get("/api/v1/interactions?from=2024-10-15&to=2024-11-10"))).containsExactly("b");
		assertThat(ids(get("/api/v1/interactions?accountId=nothing-there"))).isEmpty();
		this.http.get().uri("/api/v1/interactions/nothing-there").exchange().expectStatus().isNotFound();
		this.http.get().uri("/api/v1/interactions?from=yesterday").exchange().expectStatus().isBadRequest();
	}

	@Test
	void importingTheMapAgainRecordsEachInteractionOnceAndChangesNoTie() throws Exception {
		int inFile = json
			.readTree(new org.springframework.core.io.ClassPathResource("cypher/demo/demo-map.json")
				.getContentAsByteArray())
			.get("interactions")
			.size();
		String before = GraphFingerprint.of(this.client, "AuditEntry");
		DemoMap.load(this.http);
		assertThat(GraphFingerprint.of(this.client, "AuditEntry")).isEqualTo(before);
		assertThat(get("/api/v1/interactions?size=200").get("totalItems").asLong()).isEqualTo(inFile);
	}

	public static String interaction(String id, String person, String colleague, String date, String more) {
		return "{\"id\":\"" + id + "\",\"personId\":\"" + person + "\",\"colleagueId\":\"" + colleague + "\"," + more
				+ "\"date\":\"" + date + "\",\"kind\":\"VISIT\",\"note\":\"Coffee\"}";
	}

	String post(String body, int status) {
		return post(this.http, body, status);
	}

	/** Posts an interaction, expects {@code status} and gives the answer's body. */
	public static String post(RestTestClient http, String body, int status) {
		return http.post()
			.uri("/api/v1/interactions")
			.contentType(MediaType.APPLICATION_JSON)
			.body(body)
			.exchange()
			.expectStatus()
			.isEqualTo(status)
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
	}

	JsonNode get(String uri) {
		return json.readTree(this.http.get()
			.uri(uri)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody());
	}

	JsonNode tie(String tie) {
		return get("/api/v1/relationships/" + tie);
	}

	static java.util.List<String> ids(JsonNode page) {
		java.util.List<String> ids = new java.util.ArrayList<>();
		page.get("items").forEach((item) -> ids.add(item.get("id").asString()));
		return ids;
	}

}
