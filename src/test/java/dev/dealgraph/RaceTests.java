package dev.dealgraph;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The invariants the database holds, hit by sixteen real threads at once: one id space
 * for people and colleagues, one creator per id, and a deal version that moves whenever
 * its team or stakeholders change.
 */
@IntegrationTest
class RaceTests {

	private static final int THREADS = 16;

	@Autowired
	RestTestClient http;

	@Autowired
	Neo4jClient client;

	@RepeatedTest(3)
	void personAndColleagueRacingForOneIdLeaveExactlyOneIndividual() throws Exception {
		List<Integer> statuses = race((i) -> (i % 2 == 0) ? send(HttpMethod.PUT, "/api/v1/people/x", "{\"name\":\"X\"}")
				: send(HttpMethod.PUT, "/api/v1/colleagues/x", "{\"name\":\"X\"}"));
		assertThat(statuses).containsOnly(200, 201, 409).containsOnlyOnce(201);
		assertThat(count("MATCH (n) WHERE n:Person OR n:Colleague RETURN count(n)")).isEqualTo(1);
		send(HttpMethod.PUT, "/api/v1/colleagues/amy", "{\"name\":\"Amy\"}");
		assertThat(send(HttpMethod.PUT, "/api/v1/relationships/KNOWS/amy/x", "{\"strength\":0.5}")).isEqualTo(201);
		assertThat(count("MATCH (:Colleague {id: 'amy'})-[r:KNOWS]-() RETURN count(r)")).isEqualTo(1);
	}

	@Test
	void parallelPostsOfOneNewAccountCreateItOnceAndRefuseTheRest() throws Exception {
		List<Integer> statuses = race(
				(i) -> send(HttpMethod.POST, "/api/v1/accounts", "{\"id\":\"new\",\"name\":\"Writer " + i + "\"}"));
		assertThat(statuses).containsOnly(201, 409).containsOnlyOnce(201);
		assertThat(count("MATCH (a:Account {id: 'new'}) RETURN count(a)")).isEqualTo(1);
	}

	@Test
	void parallelPutsOfOneNewAccountSayCreatedOnce() throws Exception {
		List<Integer> statuses = race(
				(i) -> send(HttpMethod.PUT, "/api/v1/accounts/new", "{\"name\":\"Writer " + i + "\"}"));
		assertThat(statuses).containsOnly(200, 201).containsOnlyOnce(201);
	}

	@Test
	void parallelPostsOfOnePersonAndOneColleagueIdCreateOneIndividual() throws Exception {
		List<Integer> statuses = race(
				(i) -> (i % 2 == 0) ? send(HttpMethod.POST, "/api/v1/people", "{\"id\":\"y\",\"name\":\"Y\"}")
						: send(HttpMethod.POST, "/api/v1/colleagues", "{\"id\":\"y\",\"name\":\"Y\"}"));
		assertThat(statuses).containsOnly(201, 409).containsOnlyOnce(201);
		assertThat(count("MATCH (n:Individual {id: 'y'}) RETURN count(n)")).isEqualTo(1);
	}

	@Test
	void parallelPutsOfOneNewDealSayCreatedOnceAndEndAtOneVersionPerWrite() throws Exception {
		send(HttpMethod.PUT, "/api/v1/accounts/acme", "{\"name\":\"ACME\"}");
		List<Integer> statuses = race((i) -> send(HttpMethod.PUT, "/api/v1/deals/core",
				"{\"accountId\":\"acme\",\"name\":\"Core " + i + "\",\"stage\":\"DESIGN\"}"));
		assertThat(statuses).containsOnly(200, 201).containsOnlyOnce(201);
		assertThat(count("MATCH (d:Deal {id: 'core'}) RETURN d.version")).isEqualTo(THREADS);
	}

	@Test
	void deletingATeamMemberMovesTheDealVersionSoAStaleIfMatchIsRefused() {
		send(HttpMethod.POST, "/api/v1/import", """
				{"accounts":[{"id":"acme","name":"ACME"}],
				 "colleagues":[{"id":"c1","name":"One"},{"id":"c2","name":"Two"}],
				 "people":[{"id":"li","accountId":"acme","name":"Li"}],
				 "deals":[{"id":"core","accountId":"acme","name":"Core","stage":"DESIGN",
				           "team":[{"colleagueId":"c1"},{"colleagueId":"c2"}]}],
				 "stakeholders":[{"dealId":"core","personId":"li","roles":["DECISION_MAKER"]}]}""");
		String before = etag();
		assertThat(send(HttpMethod.DELETE, "/api/v1/colleagues/c2", null)).isEqualTo(204);
		assertThat(etag()).isNotEqualTo(before);
		assertThat(sendIfMatch("/api/v1/deals/core/stakeholders/li", "{\"attitude\":\"SPONSOR\"}", before))
			.isEqualTo(409);
		String afterColleague = etag();
		assertThat(send(HttpMethod.DELETE, "/api/v1/people/li", null)).isEqualTo(204);
		assertThat(etag()).isNotEqualTo(afterColleague);
		assertThat(count("MATCH (d:Deal {id: 'core'})<-[r]-() RETURN count(r)")).isEqualTo(1);
	}

	@Test
	void anAccountWithPeopleOrDealsIsNotDeletedAndSaysWhatRemains() {
		send(HttpMethod.POST, "/api/v1/import", """
				{"accounts":[{"id":"acme","name":"ACME"}],
				 "people":[{"id":"li","accountId":"acme","name":"Li"}],
				 "deals":[{"id":"core","accountId":"acme","name":"Core","stage":"DESIGN"}]}""");
		this.http.delete()
			.uri("/api/v1/accounts/acme")
			.exchange()
			.expectStatus()
			.isEqualTo(409)
			.expectBody()
			.jsonPath("$.detail")
			.value((String detail) -> assertThat(detail).contains("1 people").contains("1 deals"));
		assertThat(send(HttpMethod.DELETE, "/api/v1/deals/core", null)).isEqualTo(204);
		assertThat(send(HttpMethod.DELETE, "/api/v1/people/li", null)).isEqualTo(204);
		assertThat(send(HttpMethod.DELETE, "/api/v1/accounts/acme", null)).isEqualTo(204);
	}

	@Test
	void importsAndStakeholderEditsOnOneDealAtOnceNeitherDeadlockNorFail() throws Exception {
		String document = """
				{"accounts":[{"id":"acme","name":"ACME"}],
				 "colleagues":[{"id":"amy","name":"Amy"}],
				 "people":[{"id":"li","accountId":"acme","name":"Li"},{"id":"zhang","accountId":"acme","name":"Zhang"}],
				 "deals":[{"id":"core","accountId":"acme","name":"Core","stage":"DESIGN","team":[{"colleagueId":"amy"}]}],
				 "stakeholders":[{"dealId":"core","personId":"li","roles":["DECISION_MAKER"],"attitude":"%s"}],
				 "relationships":[{"type":"KNOWS","from":"amy","to":"li","strength":0.%d}]}""";
		send(HttpMethod.POST, "/api/v1/import", document.formatted("NEUTRAL", 5));
		List<Integer> statuses = race((i) -> (i % 2 == 0)
				? send(HttpMethod.POST, "/api/v1/import",
						document.formatted((i % 4 == 0) ? "SUPPORTER" : "NEUTRAL", 1 + i % 9))
				: send(HttpMethod.PUT, "/api/v1/deals/core/stakeholders/zhang",
						"{\"roles\":[\"USER\"],\"attitude\":\"" + ((i % 3 == 0) ? "SPONSOR" : "NEUTRAL") + "\"}"));
		assertThat(statuses).containsOnly(200, 201);
	}

	private List<Integer> race(IntFunction<Integer> request) throws Exception {
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(THREADS);
		try {
			List<Future<Integer>> results = new ArrayList<>();
			for (int i = 0; i < THREADS; i++) {
				int index = i;
				results.add(pool.submit((Callable<Integer>) () -> {
					start.await();
					return request.apply(index);
				}));
			}
			start.countDown();
			List<Integer> statuses = new ArrayList<>();
			for (Future<Integer> result : results) {
				statuses.add(result.get());
			}
			return statuses;
		}
		finally {
			pool.shutdownNow();
		}
	}

	private int send(HttpMethod method, String uri, String body) {
		var spec = this.http.method(method).uri(uri);
		if (body != null) {
			spec.contentType(MediaType.APPLICATION_JSON).body(body);
		}
		return spec.exchange().returnResult().getStatus().value();
	}

	private int sendIfMatch(String uri, String body, String etag) {
		return this.http.put()
			.uri(uri)
			.contentType(MediaType.APPLICATION_JSON)
			.header(HttpHeaders.IF_MATCH, etag)
			.body(body)
			.exchange()
			.returnResult()
			.getStatus()
			.value();
	}

	private String etag() {
		return this.http.get().uri("/api/v1/deals/core").exchange().returnResult().getResponseHeaders().getETag();
	}

	private long count(String cypher) {
		return this.client.query(cypher).fetchAs(Long.class).one().orElseThrow();
	}

}
