package dev.dealgraph.deal;

import java.util.concurrent.CompletableFuture;

import dev.dealgraph.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.Transaction;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Writes on a deal lock the deal before anything else they touch (the person, the change
 * log), and a lock held past the lock timeout answers 409 with Retry-After.
 */
@IntegrationTest
class DealLockOrderTests {

	@Autowired
	RestTestClient http;

	@Autowired
	Driver driver;

	@BeforeEach
	void aDealWithOnePerson() {
		this.http.post()
			.uri("/api/v1/import")
			.contentType(MediaType.APPLICATION_JSON)
			.body("""
					{"accounts":[{"id":"acme","name":"ACME"}],
					 "colleagues":[{"id":"amy","name":"Amy"}],
					 "people":[{"id":"li","accountId":"acme","name":"Li Wei"}],
					 "deals":[{"id":"core","accountId":"acme","name":"Core","stage":"DESIGN","team":[{"colleagueId":"amy"}]}]}
					""")
			.exchange()
			.expectStatus()
			.isOk();
	}

	@Test
	void anImportWaitingForTheDealHoldsNeitherThePersonNorTheChangeLog() throws Exception {
		String document = """
				{"people":[{"id":"li","accountId":"acme","name":"Li Wei (imported)"}],
				 "deals":[{"id":"core","accountId":"acme","name":"Core imported","stage":"DESIGN","team":[{"colleagueId":"amy"}]}],
				 "stakeholders":[{"dealId":"core","personId":"li","roles":["USER"],"attitude":"NEUTRAL"}]}""";
		holdTheDealWhile(() -> this.http.post()
			.uri("/api/v1/import")
			.contentType(MediaType.APPLICATION_JSON)
			.body(document)
			.exchange()
			.returnResult()
			.getStatus()
			.value());
	}

	@Test
	void aStakeholderEditWaitingForTheDealHoldsNeitherThePersonNorTheChangeLog() throws Exception {
		holdTheDealWhile(() -> this.http.put()
			.uri("/api/v1/deals/core/stakeholders/li")
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"roles\":[\"USER\"],\"attitude\":\"SUPPORTER\"}")
			.exchange()
			.returnResult()
			.getStatus()
			.value());
	}

	@Test
	void aDealHeldPastTheLockTimeoutAnswersBusyWithRetryAfterInTheCallersLanguage() {
		try (Session session = this.driver.session(); Transaction held = session.beginTransaction()) {
			held.run("MATCH (d:Deal {id: 'core'}) SET d.name = 'held'").consume();
			this.http.put()
				.uri("/api/v1/deals/core/stakeholders/li")
				.header(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN")
				.contentType(MediaType.APPLICATION_JSON)
				.body("{\"roles\":[\"USER\"],\"attitude\":\"SUPPORTER\"}")
				.exchange()
				.expectStatus()
				.isEqualTo(409)
				.expectHeader()
				.exists(HttpHeaders.RETRY_AFTER)
				.expectBody()
				.jsonPath("$.type")
				.isEqualTo("urn:dealgraph:problem:conflict")
				.jsonPath("$.detail")
				.value(String.class, (detail) -> assertThat(detail).contains("锁"));
			held.rollback();
		}
		this.http.get()
			.uri("/api/v1/deals/core/stakeholders")
			.exchange()
			.expectBody()
			.jsonPath("$.length()")
			.isEqualTo(0);
	}

	/**
	 * Holds the deal's lock while the write starts, then takes the person's and the
	 * change log's locks in the same transaction: had the write taken either before the
	 * deal, this would deadlock.
	 */
	private void holdTheDealWhile(java.util.function.Supplier<Integer> write) throws Exception {
		CompletableFuture<Integer> status;
		try (Session session = this.driver.session(); Transaction held = session.beginTransaction()) {
			held.run("MATCH (d:Deal {id: 'core'}) SET d._held = true REMOVE d._held").consume();
			status = CompletableFuture.supplyAsync(write);
			// let the write reach the deal's lock
			Thread.sleep(300);
			held.run("MATCH (p:Person {id: 'li'}) SET p._held = true REMOVE p._held").consume();
			held.run(
					"MERGE (c:GraphChange {id: 'ties'}) ON CREATE SET c.seq = 0, c.epoch = randomUUID() SET c.seq = c.seq")
				.consume();
			held.commit();
		}
		assertThat(status.get()).isIn(200, 201, 409);
	}

}
