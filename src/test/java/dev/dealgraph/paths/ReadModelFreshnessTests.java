package dev.dealgraph.paths;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import dev.dealgraph.DemoMap;
import dev.dealgraph.IntegrationTest;
import dev.dealgraph.system.GraphChanges.Position;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Readers answer from the published state and never wait for the refresher; a writer's
 * own change is in its next answer; a read naming a change waits for it, bounded.
 */
@IntegrationTest
class ReadModelFreshnessTests {

	private static final String TIE = "/api/v1/relationships/KNOWS/tomasz-wojcik/wang-jianguo";

	private static final String PATHS = "/api/v1/deals/kestrel-telematics/paths?k=1";

	@Autowired
	RestTestClient http;

	@Autowired
	JsonMapper json;

	@Autowired
	PathProjection projection;

	@BeforeEach
	void demo() {
		DemoMap.load(this.http);
	}

	@Test
	void aWriteAnswersWithItsChangeAndItsWritersNextReadShowsIt() {
		assertThat(top(read(PATHS, null))).doesNotContain("tomasz-wojcik");
		Position change = position(writeTie().getResponseHeaders().getFirst("Dealgraph-Change"));
		JsonNode after = read(PATHS, null);
		assertThat(position(after.get("stats").get("graphChange").asString()).includes(change)).isTrue();
		assertThat(top(after)).containsExactly("tomasz-wojcik", "wang-jianguo");
		// a write that changes nothing path answers read moves no change and says none
		this.http.put()
			.uri("/api/v1/accounts/kestrel")
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("name", "Kestrel Logistics"))
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.doesNotExist("Dealgraph-Change");
	}

	@Test
	void readersAnswerFromThePublishedStateWhileTheRefresherIsBehind() throws Exception {
		JsonNode before = read(PATHS, null);
		Position change;
		try (AutoCloseable held = this.projection.hold()) {
			// the write commits; its answer comes once it gives up waiting for the held
			// refresher
			change = position(writeTie().getResponseHeaders().getFirst("Dealgraph-Change"));
			JsonNode meanwhile = read(PATHS, null);
			assertThat(meanwhile.get("stats").get("graphChange").asString())
				.isEqualTo(before.get("stats").get("graphChange").asString());
			assertThat(position(meanwhile.get("stats").get("graphChange").asString()).includes(change)).isFalse();
			assertThat(top(meanwhile)).isEqualTo(top(before));
			// asking for the change: waits its bound, then 503 with Retry-After
			this.http.get()
				.uri(PATHS)
				.header("Dealgraph-Min-Change", change.toString())
				.exchange()
				.expectStatus()
				.isEqualTo(503)
				.expectHeader()
				.valueEquals(HttpHeaders.RETRY_AFTER, "1")
				.expectBody()
				.jsonPath("$.type")
				.isEqualTo("urn:dealgraph:problem:not-caught-up");
		}
		JsonNode caughtUp = read(PATHS, change.toString());
		assertThat(top(caughtUp)).containsExactly("tomasz-wojcik", "wang-jianguo");
	}

	@Test
	void aReadNamingAChangeWaitsForItAndThenAnswers() throws Exception {
		CompletableFuture<JsonNode> answer;
		try (AutoCloseable held = this.projection.hold()) {
			Position change = position(writeTie().getResponseHeaders().getFirst("Dealgraph-Change"));
			answer = CompletableFuture.supplyAsync(() -> read(PATHS, change.toString()));
			long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
			while (this.projection.waiting() == 0 && !answer.isDone() && System.nanoTime() < deadline) {
				Thread.sleep(5);
			}
			assertThat(answer).as("waits while the refresher is held").isNotDone();
		}
		assertThat(top(answer.get(30, TimeUnit.SECONDS))).containsExactly("tomasz-wojcik", "wang-jianguo");
	}

	@Test
	void aChangeOfAnEpochTheDatabaseHasLeftIsNotWaitedFor() {
		assertThat(top(read(PATHS, "5d9e0c1a-7f0b-4c1e-9a52-0f3e2b8d6c41:3"))).doesNotContain("tomasz-wojcik");
	}

	@Test
	void aMalformedChangeIsRefusedNamingTheHeader() {
		for (String uri : List.of(PATHS, "/api/v1/deals/kestrel-telematics/assessment")) {
			for (String value : List.of("42", "epoch:", "a b:1", "e:-1", "e:12345678901234567890")) {
				this.http.get()
					.uri(uri)
					.header("Dealgraph-Min-Change", value)
					.exchange()
					.expectStatus()
					.isBadRequest()
					.expectBody()
					.jsonPath("$.type")
					.isEqualTo("urn:dealgraph:problem:invalid-input")
					.jsonPath("$.errors[0].field")
					.isEqualTo("Dealgraph-Min-Change");
			}
		}
	}

	@Test
	void anAssessmentNamingAChangeIsJudgedFromAStateWithIt() {
		String change = writeTie().getResponseHeaders().getFirst("Dealgraph-Change");
		this.http.get()
			.uri("/api/v1/deals/kestrel-telematics/assessment")
			.header("Dealgraph-Min-Change", change)
			.exchange()
			.expectStatus()
			.isOk();
	}

	private EntityExchangeResult<byte[]> writeTie() {
		return this.http.put()
			.uri(TIE)
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("strength", 0.9))
			.exchange()
			.expectStatus()
			.isCreated()
			.expectHeader()
			.exists("Dealgraph-Change")
			.expectBody()
			.returnResult();
	}

	private JsonNode read(String uri, String minChange) {
		RestTestClient.RequestHeadersSpec<?> request = this.http.get().uri(uri);
		if (minChange != null) {
			request = request.header("Dealgraph-Min-Change", minChange);
		}
		return this.json.readTree(
				request.exchange().expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody());
	}

	private static List<String> top(JsonNode answer) {
		JsonNode path = answer.get("targets").get(0).get("paths").get(0);
		List<String> ids = new java.util.ArrayList<>();
		ids.add(path.get("start").get("id").asString());
		path.get("steps").forEach((step) -> ids.add(step.get("to").get("id").asString()));
		return ids;
	}

	private static Position position(String header) {
		assertThat(header).matches("[0-9a-f-]{36}:[0-9]+");
		int colon = header.lastIndexOf(':');
		return new Position(header.substring(0, colon), Long.parseLong(header.substring(colon + 1)));
	}

}
