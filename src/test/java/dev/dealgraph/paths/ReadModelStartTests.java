package dev.dealgraph.paths;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import dev.dealgraph.AdminKeyClient;
import dev.dealgraph.DealgraphApplication;
import dev.dealgraph.IntegrationTest;
import dev.dealgraph.system.EmbeddedNeo4j;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A fresh instance loads its read model in the background: it is live at once, ready only
 * once loaded, and a read before that is answered 503 within its bound, never hung.
 */
@IntegrationTest
class ReadModelStartTests {

	@Autowired
	RestTestClient first;

	@Autowired
	EmbeddedNeo4j neo4j;

	@Autowired
	ApplicationContext context;

	@Test
	void aFreshInstanceIsReadyOnlyOnceItsReadModelIsLoaded() throws Exception {
		this.first.post().uri("/api/v1/import").contentType(MediaType.APPLICATION_JSON).body("""
				{"accounts":[{"id":"acme","name":"ACME"}],
				 "colleagues":[{"id":"amy","name":"Amy"}],
				 "people":[{"id":"li","accountId":"acme","name":"Li Wei"}],
				 "relationships":[{"type":"KNOWS","from":"amy","to":"li","strength":0.9}]}
				""").exchange().expectStatus().isOk();
		// the new instance's first load is held back until the test lets it go
		AtomicReference<AutoCloseable> held = new AtomicReference<>();
		BeanPostProcessor holdFirstLoad = new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String name) {
				if (bean instanceof PathProjection projection) {
					held.set(projection.hold());
				}
				return bean;
			}
		};
		try (ConfigurableApplicationContext second = new SpringApplicationBuilder(DealgraphApplication.class)
			.properties(Map.of("NEO4J_URI", this.neo4j.boltUri().toString(), "NEO4J_PASSWORD", this.neo4j.password(),
					"server.port", "0", "dealgraph.demo-data", "false", "spring.main.banner-mode", "off",
					"dealgraph.access.admin-key-file", "target/neo4j-test/start-instance-admin.key"))
			.initializers((context) -> context.getBeanFactory().addBeanPostProcessor(holdFirstLoad))
			.run()) {
			int port = ((WebServerApplicationContext) second).getWebServer().getPort();
			RestTestClient other = RestTestClient.bindToServer()
				.baseUrl("http://localhost:" + port)
				.defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + AdminKeyClient.adminKey(this.context))
				.build();
			assertThat(held.get()).isNotNull();
			probe(other, "/actuator/health/liveness").expectStatus()
				.isOk()
				.expectBody()
				.jsonPath("$.status")
				.isEqualTo("UP");
			probe(other, "/actuator/health/readiness").expectStatus()
				.isEqualTo(503)
				.expectBody()
				.jsonPath("$.status")
				.isEqualTo("OUT_OF_SERVICE");
			other.get()
				.uri("/api/v1/people/li/paths")
				.exchange()
				.expectStatus()
				.isEqualTo(503)
				.expectHeader()
				.valueEquals(HttpHeaders.RETRY_AFTER, "5")
				.expectBody()
				.jsonPath("$.type")
				.isEqualTo("urn:dealgraph:problem:not-caught-up");

			held.get().close();
			long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
			while (probe(other, "/actuator/health/readiness").returnResult().getStatus().value() != 200
					&& System.nanoTime() < deadline) {
				Thread.sleep(20);
			}
			probe(other, "/actuator/health/readiness").expectStatus()
				.isOk()
				.expectBody()
				.jsonPath("$.status")
				.isEqualTo("UP");
			other.get()
				.uri("/api/v1/people/li/paths")
				.exchange()
				.expectStatus()
				.isOk()
				.expectBody()
				.jsonPath("$.targets[0].paths[0].start.id")
				.isEqualTo("amy");
		}
	}

	private static RestTestClient.ResponseSpec probe(RestTestClient client, String path) {
		return client.get().uri(path).header(HttpHeaders.AUTHORIZATION, "").exchange();
	}

}
