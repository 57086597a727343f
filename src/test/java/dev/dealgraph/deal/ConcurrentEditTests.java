package dev.dealgraph.deal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import dev.dealgraph.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two account managers edit the same deal map at once: one wins, one is told, none is
 * lost.
 */
@IntegrationTest
public class ConcurrentEditTests {

	@Autowired
	RestTestClient http;

	@BeforeEach
	void twoPeopleOnADeal() {
		this.http.post()
			.uri("/api/v1/import")
			.contentType(MediaType.APPLICATION_JSON)
			.body("""
					{"accounts":[{"id":"acme","name":"ACME"}],
					 "colleagues":[{"id":"amy","name":"Amy"}],
					 "people":[{"id":"li","accountId":"acme","name":"Li Wei"},{"id":"zhang","accountId":"acme","name":"Zhang Min"}],
					 "deals":[{"id":"core","accountId":"acme","name":"Core","stage":"DESIGN","team":[{"colleagueId":"amy"}]}],
					 "stakeholders":[{"dealId":"core","personId":"li","roles":["DECISION_MAKER"],"attitude":"NEUTRAL"},
					                {"dealId":"core","personId":"zhang","roles":["USER"],"attitude":"UNKNOWN"}]}
					""")
			.exchange()
			.expectStatus()
			.isOk();
	}

	@Test
	void twoWritersWithTheSameVersionGetOneSuccessAndOneConflictAndNothingIsLost() throws Exception {
		String etag = this.http.get()
			.uri("/api/v1/deals/core/map")
			.exchange()
			.expectStatus()
			.isOk()
			.returnResult()
			.getResponseHeaders()
			.getETag();
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		List<Future<Integer>> results = new ArrayList<>();
		results
			.add(pool.submit(writer(start, "li", "{\"roles\":[\"DECISION_MAKER\"],\"attitude\":\"SUPPORTER\"}", etag)));
		results.add(pool.submit(writer(start, "zhang", "{\"roles\":[\"COACH\"],\"attitude\":\"SPONSOR\"}", etag)));
		start.countDown();
		List<Integer> statuses = new ArrayList<>();
		for (Future<Integer> result : results) {
			statuses.add(result.get());
		}
		pool.shutdown();
		assertThat(statuses).containsExactlyInAnyOrder(200, 409).doesNotContain(500);

		// the loser reloads, sees the winner's change, and applies its own
		boolean liWon = statuses.get(0) == 200;
		String fresh = this.http.get()
			.uri("/api/v1/deals/core/map")
			.exchange()
			.returnResult()
			.getResponseHeaders()
			.getETag();
		if (liWon) {
			put("zhang", "{\"roles\":[\"COACH\"],\"attitude\":\"SPONSOR\"}", fresh).expectStatus().isOk();
		}
		else {
			put("li", "{\"roles\":[\"DECISION_MAKER\"],\"attitude\":\"SUPPORTER\"}", fresh).expectStatus().isOk();
		}
		this.http.get()
			.uri("/api/v1/deals/core/stakeholders")
			.exchange()
			.expectBody()
			.jsonPath("$[?(@.personId == 'li')].attitude")
			.isEqualTo(List.of("SUPPORTER"))
			.jsonPath("$[?(@.personId == 'zhang')].attitude")
			.isEqualTo(List.of("SPONSOR"));
	}

	@Test
	void staleIfMatchOnTheDealItselfIsAConflictNamingTheCurrentVersion() {
		String etag = this.http.get()
			.uri("/api/v1/deals/core")
			.exchange()
			.returnResult()
			.getResponseHeaders()
			.getETag();
		String deal = "{\"accountId\":\"acme\",\"name\":\"Core v2\",\"stage\":\"COMPARISON\",\"team\":[{\"colleagueId\":\"amy\"}]}";
		this.http.put()
			.uri("/api/v1/deals/core")
			.header(HttpHeaders.IF_MATCH, etag)
			.contentType(MediaType.APPLICATION_JSON)
			.body(deal)
			.exchange()
			.expectStatus()
			.isOk();
		this.http.put()
			.uri("/api/v1/deals/core")
			.header(HttpHeaders.IF_MATCH, etag)
			.contentType(MediaType.APPLICATION_JSON)
			.body(deal)
			.exchange()
			.expectStatus()
			.isEqualTo(409)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("urn:dealgraph:problem:conflict");
	}

	private Callable<Integer> writer(CountDownLatch start, String personId, String body, String etag) {
		return () -> {
			start.await();
			return put(personId, body, etag).returnResult().getStatus().value();
		};
	}

	private RestTestClient.ResponseSpec put(String personId, String body, String etag) {
		return this.http.put()
			.uri("/api/v1/deals/core/stakeholders/{personId}", personId)
			.header(HttpHeaders.IF_MATCH, etag)
			.contentType(MediaType.APPLICATION_JSON)
			.body(body)
			.exchange();
	}

}
