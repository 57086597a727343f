package dev.dealgraph.system;

import java.net.http.HttpResponse;

import dev.dealgraph.AdminKeyClient;
import dev.dealgraph.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An instance works on at most {@code dealgraph.load.max-in-flight} requests; the next
 * one is answered 503 at once, saying when to come back, and health probes still answer.
 */
@IntegrationTest
@TestPropertySource(properties = "dealgraph.load.max-in-flight=2")
@Import(Holding.class)
class AdmissionTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	private Holding.Clients clients;

	@AfterEach
	void letGo() {
		if (this.clients != null) {
			this.clients.letGo();
			this.clients.all();
		}
	}

	@Test
	void beyondTheLimitTheAnswerIs503WithRetryAfterAndProbesStillAnswer() throws InterruptedException {
		this.clients = new Holding.Clients(this.port, AdminKeyClient.adminKey(this.context));
		this.clients.hold(2);

		HttpResponse<String> shed = this.clients.get("/api/v1/accounts");
		assertThat(shed.statusCode()).isEqualTo(503);
		assertThat(shed.headers().firstValue("Retry-After")).hasValue("1");
		assertThat(shed.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(shed.body()).contains("\"type\":\"urn:dealgraph:problem:overloaded\"")
			.contains("\"title\":\"Too busy\"")
			.contains("Try again in 1 seconds");
		// even a request that would be refused for its key is shed first: it costs
		// nothing
		assertThat(this.clients.get("/actuator/health/liveness").statusCode()).isEqualTo(200);

		this.clients.letGo();
		assertThat(this.clients.all().stream().filter((r) -> r.body().equals("released")).count()).isEqualTo(2);
		// a held request's answer can reach the client a moment before its worker gives
		// back its place, so the next one may still be shed: it is admitted once they
		// have
		int status = this.clients.get("/api/v1/accounts").statusCode();
		for (int tries = 0; status == 503 && tries < 100; tries++) {
			Thread.sleep(10);
			status = this.clients.get("/api/v1/accounts").statusCode();
		}
		assertThat(status).isEqualTo(200);
	}

}
