package dev.dealgraph.paths;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import dev.dealgraph.AdminKeyClient;
import dev.dealgraph.DealgraphApplication;
import dev.dealgraph.IntegrationTest;
import dev.dealgraph.system.EmbeddedNeo4j;
import dev.dealgraph.system.GraphChanges;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two application instances on one Neo4j, as when scaled out: a tie written through one
 * shows in the other's path answers without any call to the other.
 */
@IntegrationTest
class SecondInstanceTests {

	@Autowired
	RestTestClient first;

	@Autowired
	EmbeddedNeo4j neo4j;

	@Autowired
	org.springframework.context.ApplicationContext context;

	@Test
	void tieWrittenThroughOneInstanceReachesThePathAnswersOfAnother() throws InterruptedException {
		this.first.post()
			.uri("/api/v1/import")
			.contentType(MediaType.APPLICATION_JSON)
			.body("""
					{"accounts":[{"id":"acme","name":"ACME"}],
					 "colleagues":[{"id":"amy","name":"Amy"}],
					 "people":[{"id":"li","accountId":"acme","name":"Li Wei"},{"id":"zhang","accountId":"acme","name":"Zhang Min"}],
					 "relationships":[{"type":"KNOWS","from":"amy","to":"zhang","strength":0.9}]}
					""")
			.exchange()
			.expectStatus()
			.isOk();
		try (ConfigurableApplicationContext second = new SpringApplicationBuilder(DealgraphApplication.class)
			.properties(Map.of("NEO4J_URI", this.neo4j.boltUri().toString(), "NEO4J_PASSWORD", this.neo4j.password(),
					"server.port", "0", "dealgraph.demo-data", "false", "spring.main.banner-mode", "off",
					"dealgraph.access.admin-key-file", "target/neo4j-test/second-instance-admin.key"))
			.run()) {
			int port = ((WebServerApplicationContext) second).getWebServer().getPort();
			RestTestClient other = RestTestClient.bindToServer()
				.baseUrl("http://localhost:" + port)
				.defaultHeader("Authorization", "Bearer " + AdminKeyClient.adminKey(this.context))
				.build();
			assertThat(hops(other)).isZero();
			// the second instance has built its graph; now the tie arrives through the
			// first
			this.first.put()
				.uri("/api/v1/relationships/INFLUENCES/zhang/li")
				.contentType(MediaType.APPLICATION_JSON)
				.body(Map.of("strength", 0.8))
				.exchange()
				.expectStatus()
				.isCreated();
			// the scheduled follower picks the change up on its own
			PathProjection projection = second.getBean(PathProjection.class);
			GraphChanges.Position written = second.getBean(GraphChanges.class)
				.since(GraphChanges.Position.NONE)
				.position();
			long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
			while (!projection.position().equals(written) && System.nanoTime() < deadline) {
				Thread.sleep(20);
			}
			assertThat(projection.position()).isEqualTo(written);
			assertThat(hops(other)).isEqualTo(2);

			// deal facts travel the same way: a deal and its decision-maker written
			// through the first instance are answered by the second
			this.first.post()
				.uri("/api/v1/deals")
				.contentType(MediaType.APPLICATION_JSON)
				.body(Map.of("id", "acme-erp", "accountId", "acme", "name", "ERP", "stage", "INTEREST", "team",
						List.of(Map.of("colleagueId", "amy"))))
				.exchange()
				.expectStatus()
				.isCreated();
			this.first.put()
				.uri("/api/v1/deals/acme-erp/stakeholders/li")
				.contentType(MediaType.APPLICATION_JSON)
				.body(Map.of("roles", List.of("DECISION_MAKER"), "attitude", "SUPPORTER", "mode", "GROWTH"))
				.exchange()
				.expectStatus()
				.isCreated();
			GraphChanges.Position dealWritten = second.getBean(GraphChanges.class)
				.since(GraphChanges.Position.NONE)
				.position();
			while (!projection.position().equals(dealWritten) && System.nanoTime() < deadline) {
				Thread.sleep(20);
			}
			PathAnswer answer = other.get()
				.uri("/api/v1/deals/acme-erp/paths")
				.exchange()
				.expectStatus()
				.isOk()
				.expectBody(PathAnswer.class)
				.returnResult()
				.getResponseBody();
			assertThat(answer.targets()).singleElement()
				.satisfies((target) -> assertThat(target.person().id()).isEqualTo("li"));
			assertThat(answer.targets().get(0).paths()).hasSize(1);
		}
	}

	private static int hops(RestTestClient client) {
		return client.get()
			.uri("/api/v1/people/li/paths?k=1")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(PathAnswer.class)
			.returnResult()
			.getResponseBody()
			.targets()
			.get(0)
			.paths()
			.stream()
			.mapToInt(Route::hops)
			.findFirst()
			.orElse(0);
	}

}
