package dev.dealgraph.upkeep;

import dev.dealgraph.DemoMap;
import dev.dealgraph.IntegrationTest;
import dev.dealgraph.TeamUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An account's relationship health over time, over HTTP on the demo (as of 2026-12-01).
 */
@IntegrationTest
class AccountHealthTests {

	static final JsonMapper json = JsonMapper.builder().build();

	@Autowired
	RestTestClient http;

	@BeforeEach
	void demo() {
		DemoMap.load(this.http);
	}

	@Test
	void theDemoSeriesShowsTrustAsItStoodEachMonth() {
		JsonNode series = get("/api/v1/accounts/kestrel/health?months=12");
		JsonNode points = series.get("points");
		assertThat(points).hasSize(12);
		assertThat(points.get(0).get("month").asString()).isEqualTo("2026-01");
		assertThat(points.get(0).get("asOf").asString()).isEqualTo("2026-01-31");
		assertThat(points.get(11).get("asOf").asString()).isEqualTo("2026-12-01");
		// Amy and Kim Min-jun: an outsider in February, a friend from May, a partner
		// since
		// September
		JsonNode april = points.get(3);
		JsonNode october = points.get(9);
		assertThat(april.get("byTrust").get("PARTNER").asInt())
			.isLessThan(october.get("byTrust").get("PARTNER").asInt());
		assertThat(october.get("ties").asInt()).isGreaterThan(april.get("ties").asInt());
		assertThat(october.get("score").asInt()).isGreaterThan(points.get(0).get("score").asInt());
		for (JsonNode point : points) {
			assertThat(point.get("score").asInt()).isBetween(0, 100);
			int byTrust = 0;
			for (JsonNode n : point.get("byTrust")) {
				byTrust += n.asInt();
			}
			assertThat(byTrust).isEqualTo(point.get("ties").asInt());
		}
		assertThat(series.get("summary").asString()).startsWith("Relationship health is ");
	}

	@Test
	void recordingAnInteractionMovesTheSeries() {
		JsonNode before = get("/api/v1/accounts/kestrel/health?months=2").get("points");
		InteractionTests.post(this.http, "{\"id\":\"lunch-1\",\"personId\":\"stefan-kruger\",\"colleagueId\":"
				+ "\"lars-oberg\",\"date\":\"2026-11-20\",\"kind\":\"MEAL\",\"outcome\":\"POSITIVE\"}", 201);
		JsonNode after = get("/api/v1/accounts/kestrel/health?months=2").get("points");
		JsonNode november = after.get(0);
		assertThat(november.get("interactions").asInt()).isEqualTo(before.get(0).get("interactions").asInt() + 1);
		assertThat(november.get("outcomes").get("POSITIVE").asInt())
			.isEqualTo(before.get(0).get("outcomes").get("POSITIVE").asInt() + 1);
		// a friend last seen in April is warm again: the mean strength rises, and so does
		// the score
		assertThat(november.get("meanStrength").asDouble()).isGreaterThan(before.get(0).get("meanStrength").asDouble());
		assertThat(november.get("score").asInt()).isGreaterThan(before.get(0).get("score").asInt());
		assertThat(after.get(1).get("meanStrength").asDouble())
			.isGreaterThan(before.get(1).get("meanStrength").asDouble());
	}

	@Test
	void theSummaryFollowsTheLanguage() {
		JsonNode chinese = json.readTree(this.http.get()
			.uri("/api/v1/accounts/kestrel/health")
			.header("Accept-Language", "zh-CN")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody());
		assertThat(chinese.get("summary").asString()).contains("关系健康度");
		assertThat(chinese.get("points")).hasSize(12);
	}

	@Test
	void badMonthsAre400NamingTheField() {
		for (String months : new String[] { "0", "abc", "1000", "-3", "" }) {
			String problem = this.http.get()
				.uri("/api/v1/accounts/kestrel/health?months=" + months)
				.exchange()
				.expectStatus()
				.isBadRequest()
				.expectBody(String.class)
				.returnResult()
				.getResponseBody();
			assertThat(problem).as(months).contains("\"field\":\"months\"");
		}
		this.http.get().uri("/api/v1/accounts/kestrel/health?months=36").exchange().expectStatus().isOk();
		this.http.get().uri("/api/v1/accounts/nothing-here/health").exchange().expectStatus().isNotFound();
	}

	@Test
	void onlyTheCallersAccountAndPeopleCount() {
		String reader = TeamUsers.reader(this.http, "kestrel-reader", "kestrel");
		this.http.get()
			.uri("/api/v1/accounts/nordlicht/health")
			.header("Authorization", "Bearer " + reader)
			.exchange()
			.expectStatus()
			.isNotFound();
		JsonNode theirs = json.readTree(this.http.get()
			.uri("/api/v1/accounts/kestrel/health")
			.header("Authorization", "Bearer " + reader)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody());
		assertThat(theirs.get("points")).isEqualTo(get("/api/v1/accounts/kestrel/health").get("points"));
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

}
