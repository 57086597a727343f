package dev.dealgraph.assessment;

import java.util.ArrayList;
import java.util.List;

import dev.dealgraph.DemoMap;
import dev.dealgraph.IntegrationTest;
import dev.dealgraph.upkeep.InteractionTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The assessment reads what the account team records: ties scored after age when asked
 * (the integration tests score as recorded by default), follow-ups on the deal as a
 * factor, and a move to catch up with a key player nobody has seen within the upkeep
 * rhythm (late-stage key players every 15 days by default). Judged on 2026-12-01.
 */
@IntegrationTest
class AssessmentUpkeepTests {

	static final String WMS = "/api/v1/deals/kestrel-wms/assessment";

	@Autowired
	RestTestClient http;

	@Autowired
	JsonMapper json;

	@BeforeEach
	void demo() {
		DemoMap.load(this.http);
	}

	@Test
	void agedReachIsWhatThePathsAnswerScoresAndNoMoreThanAsRecorded() {
		for (String deal : List.of("kestrel-telematics", "kestrel-wms", "nordlicht-field")) {
			JsonNode recorded = get("/api/v1/deals/" + deal + "/assessment?decay=false");
			JsonNode aged = get("/api/v1/deals/" + deal + "/assessment?decay=true");
			assertThat(recorded.get("decay").asBoolean()).isFalse();
			assertThat(aged.get("decay").asBoolean()).isTrue();
			for (JsonNode holder : coverage(aged, "DECISION_MAKER")) {
				String id = holder.get("id").asString();
				JsonNode paths = get("/api/v1/deals/" + deal + "/paths?to=" + id + "&k=1&decay=true");
				double best = paths.get("targets").get(0).get("paths").get(0).get("score").asDouble();
				assertThat(holder.get("reach").get("score").asDouble()).as(deal + " " + id)
					.isCloseTo(best, within(0.0005));
				double asRecorded = coverage(recorded, "DECISION_MAKER").stream()
					.filter((h) -> h.get("id").asString().equals(id))
					.findFirst()
					.orElseThrow()
					.get("reach")
					.get("score")
					.asDouble();
				assertThat(holder.get("reach").get("score").asDouble()).isLessThanOrEqualTo(asRecorded);
			}
		}
		// Lars last saw Stefan, a friend, on 2026-04-30: 0.80 × 0.5^(215/540) ≈ 0.607
		// to the gatekeeper, scored by the sweep that serves every stakeholder at once
		JsonNode stefan = coverage(get(WMS + "?decay=true"), "TECHNICAL_GATEKEEPER").stream()
			.filter((h) -> h.get("id").asString().equals("stefan-kruger"))
			.findFirst()
			.orElseThrow();
		assertThat(stefan.get("reach").get("fromId").asString()).isEqualTo("lars-oberg");
		assertThat(stefan.get("reach").get("score").asDouble()).isCloseTo(0.607, within(0.001));
		JsonNode recordedStefan = coverage(get(WMS + "?decay=false"), "TECHNICAL_GATEKEEPER").stream()
			.filter((h) -> h.get("id").asString().equals("stefan-kruger"))
			.findFirst()
			.orElseThrow();
		assertThat(recordedStefan.get("reach").get("score").asDouble()).isCloseTo(0.8, within(0.001));
	}

	@Test
	void decayOnTheAssessmentsTakesOnlyTrueOrFalse() {
		for (String uri : List.of(WMS, "/api/v1/accounts/kestrel/assessment", "/api/v1/pipeline")) {
			this.http.get().uri(uri + "?decay=yes").exchange().expectStatus().isBadRequest();
			this.http.get().uri(uri + "?decay=true").exchange().expectStatus().isOk();
		}
	}

	@Test
	void fourFollowUpsWithEveryKeyPlayerTurnTheFactorAndRaiseTheProbability() {
		JsonNode before = get(WMS).get("winProbability");
		assertThat(codes(before.get("factors"))).contains("FEW_FOLLOW_UPS").doesNotContain("FOLLOW_UPS_KEPT");
		// three with María and one with Stefan on record, none with Björn
		record(5, "bjorn-lindqvist", "lars-oberg");
		record(3, "stefan-kruger", "lars-oberg");
		JsonNode stillOne = get(WMS).get("winProbability");
		JsonNode few = factor(stillOne, "FEW_FOLLOW_UPS");
		assertThat(few.get("people").toString()).isEqualTo("[\"maria-jose-nunez\"]");
		assertThat(few.get("why").asString()).startsWith("We have recorded as few as 3 contacts on this deal with");
		record(1, "maria-jose-nunez", "priya-raman");
		JsonNode after = get(WMS).get("winProbability");
		assertThat(codes(after.get("factors"))).contains("FOLLOW_UPS_KEPT").doesNotContain("FEW_FOLLOW_UPS");
		// -0.3 gone, +0.2 gained: half a unit of log-odds
		double gained = WinProbability.logit(after.get("value").asDouble())
				- WinProbability.logit(before.get("value").asDouble());
		assertThat(gained).isCloseTo(0.5, within(0.01));
		assertThat(factor(after, "FOLLOW_UPS_KEPT").get("why").asString())
			.contains("has had at least 4 recorded contacts on this deal");
	}

	@Test
	void anOverdueDecisionMakerGetsACatchUpUntilSomeoneSeesThem() {
		// Priya last saw María on 2026-10-12, 50 days before; the deal is at comparison,
		// a late stage, where key players hear from us every 15 days
		JsonNode move = action(get(WMS), "CATCH_UP_KEY_PLAYER", "maria-jose-nunez");
		assertThat(move).isNotNull();
		assertThat(move.get("viaId").asString()).isEqualTo("priya-raman");
		assertThat(move.get("text").asString())
			.endsWith("(last contact 50 days ago, and key players at this stage should hear from us every 15 days).");
		assertThat(action(get(WMS, "zh-CN"), "CATCH_UP_KEY_PLAYER", "maria-jose-nunez").get("why").asString())
			.contains("上次联系在 50 天前");
		InteractionTests.post(this.http, InteractionTests.interaction("wms-briefing", "maria-jose-nunez", "priya-raman",
				"2026-11-28", "\"dealId\":\"kestrel-wms\","), 201);
		assertThat(action(get(WMS), "CATCH_UP_KEY_PLAYER", "maria-jose-nunez")).isNull();
	}

	@Test
	void thePipelineAndTheAccountJudgeFollowUpsAsTheDealDoes() {
		record(5, "bjorn-lindqvist", "lars-oberg");
		double deal = get(WMS).get("winProbability").get("value").asDouble();
		JsonNode pipeline = get("/api/v1/pipeline?accountId=kestrel&size=10");
		JsonNode account = get("/api/v1/accounts/kestrel/assessment");
		assertThat(row(pipeline.get("items"), "kestrel-wms").get("probability").asDouble()).isEqualTo(deal);
		assertThat(row(account.get("openDeals"), "kestrel-wms").get("probability").asDouble()).isEqualTo(deal);
	}

	private void record(int times, String person, String colleague) {
		for (int i = 0; i < times; i++) {
			InteractionTests.post(this.http, InteractionTests.interaction(person + "-" + colleague + "-" + i, person,
					colleague, "2026-11-" + (10 + i), "\"dealId\":\"kestrel-wms\","), 201);
		}
	}

	private static JsonNode row(JsonNode rows, String dealId) {
		for (JsonNode row : rows) {
			if (row.get("dealId").asString().equals(dealId)) {
				return row;
			}
		}
		throw new AssertionError("no row for " + dealId + " in " + rows);
	}

	private static JsonNode factor(JsonNode probability, String code) {
		for (JsonNode factor : probability.get("factors")) {
			if (factor.get("code").asString().equals(code)) {
				return factor;
			}
		}
		throw new AssertionError("no factor " + code + " in " + probability);
	}

	private static JsonNode action(JsonNode assessment, String code, String personId) {
		for (JsonNode action : assessment.get("nextActions")) {
			if (action.get("code").asString().equals(code) && action.get("personId").asString().equals(personId)) {
				return action;
			}
		}
		return null;
	}

	private static List<String> codes(JsonNode array) {
		List<String> codes = new ArrayList<>();
		array.forEach((node) -> codes.add(node.get("code").asString()));
		return codes;
	}

	private static List<JsonNode> coverage(JsonNode assessment, String role) {
		for (JsonNode entry : assessment.get("coverage")) {
			if (entry.get("role").asString().equals(role)) {
				List<JsonNode> people = new ArrayList<>();
				entry.get("people").forEach(people::add);
				return people;
			}
		}
		return List.of();
	}

	private JsonNode get(String uri) {
		return get(uri, "en");
	}

	private JsonNode get(String uri, String language) {
		return this.json.readTree(this.http.get()
			.uri(uri)
			.header("Accept-Language", language)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody());
	}

}
