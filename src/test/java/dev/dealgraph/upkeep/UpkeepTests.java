package dev.dealgraph.upkeep;

import java.util.ArrayList;
import java.util.List;

import dev.dealgraph.DemoMap;
import dev.dealgraph.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Lars's upkeep list on the demo, judged on 2026-12-01: Stefan, the high-influence
 * technical gatekeeper of the comparison-stage warehouse deal, should hear from us every
 * 15 days and last did on 2026-04-30; Elif, a coach on the field-service deal, every 60
 * and last did on 2026-07-01. Chen and Li Na were seen recently enough.
 */
@IntegrationTest
class UpkeepTests {

	static final JsonMapper json = JsonMapper.builder().build();

	@Autowired
	RestTestClient http;

	@BeforeEach
	void demo() {
		DemoMap.load(this.http);
	}

	@Test
	void listsWhoIsOverdueCostliestFirstWithATouchForTheirTemperament() {
		JsonNode answer = get("/api/v1/upkeep?colleagueId=lars-oberg", "en");
		assertThat(people(answer)).containsExactly("stefan-kruger", "elif-yilmaz");
		JsonNode stefan = answer.get("due").get(0);
		assertThat(stefan.get("status").asString()).isEqualTo("OVERDUE");
		assertThat(stefan.get("intervalDays").asLong()).isEqualTo(15);
		assertThat(stefan.get("daysSinceContact").asLong()).isEqualTo(215);
		assertThat(stefan.get("keyPlayer").asBoolean()).isTrue();
		assertThat(stefan.get("suggestion").asString()).startsWith("Send Dr. Stefan Krüger the detailed figures")
			.endsWith("ask about in-house platforms and chess");
		assertThat(stefan.get("deals")).hasSize(2);
		assertThat(stefan.get("deals").get(0).get("fewFollowUps").asBoolean()).isTrue();
		assertThat(stefan.get("notes").get(0).asString()).contains("most wins come from the fourth");
		JsonNode chinese = get("/api/v1/upkeep?colleagueId=lars-oberg", "zh-CN");
		assertThat(chinese.get("due").get(0).get("suggestion").asString()).startsWith("给 Dr. Stefan Krüger 发送详细数据");
	}

	@Test
	void recordingAnInteractionTakesThePersonOffTheOverdueList() {
		InteractionTests.post(this.http, InteractionTests.interaction("review-1", "stefan-kruger", "lars-oberg",
				"2026-11-30", "\"dealId\":\"kestrel-wms\","), 201);
		assertThat(people(get("/api/v1/upkeep?colleagueId=lars-oberg", "en"))).containsExactly("elif-yilmaz");
	}

	@Test
	void anUnknownColleagueIsNotFoundAndAMissingOneIsNamed() {
		this.http.get().uri("/api/v1/upkeep?colleagueId=nobody").exchange().expectStatus().isNotFound();
		this.http.get()
			.uri("/api/v1/upkeep")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("colleagueId");
	}

	JsonNode get(String uri, String language) {
		return json.readTree(this.http.get()
			.uri(uri)
			.header("Accept-Language", language)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody());
	}

	static List<String> people(JsonNode answer) {
		List<String> ids = new ArrayList<>();
		answer.get("due").forEach((due) -> ids.add(due.get("personId").asString()));
		return ids;
	}

}
