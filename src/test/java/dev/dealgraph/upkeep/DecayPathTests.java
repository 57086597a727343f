package dev.dealgraph.upkeep;

import dev.dealgraph.DemoMap;
import dev.dealgraph.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Paths score ties after age, judged on 2026-12-01: Lars last saw Stefan, a friend, on
 * 2026-04-30, so the recorded 0.80 has aged to 0.80 × 0.5^(215/540) ≈ 0.607.
 */
@IntegrationTest
class DecayPathTests {

	static final String LARS_TO_STEFAN = "/api/v1/people/stefan-kruger/paths?from=lars-oberg&maxHops=1&k=1";

	static final JsonMapper json = JsonMapper.builder().build();

	@Autowired
	RestTestClient http;

	@BeforeEach
	void demo() {
		DemoMap.load(this.http);
	}

	@Test
	void anAgedTieScoresLowerAndItsExplanationSaysHowOldTheLastContactIs() {
		JsonNode aged = firstStep(get(LARS_TO_STEFAN + "&decay=true", "en"));
		assertThat(aged.get("strength").asDouble()).isCloseTo(0.607, within(0.001));
		assertThat(aged.get("monthsSinceContact").asLong()).isEqualTo(7);
		assertThat(firstRoute(get(LARS_TO_STEFAN + "&decay=true", "en")).get("explanation").asString())
			.contains("last contact 7 months ago");
		assertThat(firstRoute(get(LARS_TO_STEFAN + "&decay=true", "zh-CN")).get("explanation").asString())
			.contains("上次联系在 7 个月前");
		JsonNode recorded = firstStep(get(LARS_TO_STEFAN + "&decay=false", "en"));
		assertThat(recorded.get("strength").asDouble()).isCloseTo(0.8, within(0.001));
		assertThat(recorded.get("monthsSinceContact").isNull()).isTrue();
	}

	@Test
	void recordingAnInteractionRestoresTheEffectiveStrengthInTheNextAnswer() {
		InteractionTests.post(this.http,
				InteractionTests.interaction("lunch-1", "stefan-kruger", "lars-oberg", "2026-11-30", ""), 201);
		JsonNode route = firstRoute(get(LARS_TO_STEFAN + "&decay=true", "en"));
		assertThat(route.get("steps").get(0).get("strength").asDouble()).isCloseTo(0.799, within(0.001));
		assertThat(route.get("explanation").asString()).doesNotContain("last contact");
	}

	@Test
	void decayReranksPathsSoAFresherTieOvertakesAnAgedOne() {
		// to Maria: Priya's supplier tie (0.50, October) beats paths through aged ties
		JsonNode recorded = get("/api/v1/people/maria-jose-nunez/paths?k=3&decay=false", "en");
		JsonNode aged = get("/api/v1/people/maria-jose-nunez/paths?k=3&decay=true", "en");
		double recordedBest = firstRoute(recorded).get("score").asDouble();
		double agedBest = firstRoute(aged).get("score").asDouble();
		assertThat(agedBest).isLessThanOrEqualTo(recordedBest);
		JsonNode routes = aged.get("targets").get(0).get("paths");
		for (int i = 1; i < routes.size(); i++) {
			assertThat(routes.get(i).get("score").asDouble())
				.isLessThanOrEqualTo(routes.get(i - 1).get("score").asDouble());
		}
	}

	@Test
	void decayTakesOnlyTrueOrFalse() {
		this.http.get().uri(LARS_TO_STEFAN + "&decay=maybe").exchange().expectStatus().isBadRequest();
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

	static JsonNode firstRoute(JsonNode answer) {
		return answer.get("targets").get(0).get("paths").get(0);
	}

	static JsonNode firstStep(JsonNode answer) {
		return firstRoute(answer).get("steps").get(0);
	}

}
