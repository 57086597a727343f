package dev.dealgraph.system;

import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;

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
 * A request that waited for a worker thread past {@code dealgraph.load.max-queue-time} is
 * dropped before any work is done for it: here every worker is held, so the request waits
 * in Tomcat's queue for longer than that on purpose.
 */
@IntegrationTest
@TestPropertySource(properties = { "server.tomcat.threads.max=2", "server.tomcat.threads.min-spare=2",
		"dealgraph.load.max-queue-time=300ms" })
@Import(Holding.class)
class QueueDeadlineTests {

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
	void aRequestThatWaitedPastItsDeadlineIsDroppedUnworked() throws InterruptedException {
		this.clients = new Holding.Clients(this.port, AdminKeyClient.adminKey(this.context));
		this.clients.hold(2);
		// no worker is free: this one waits in the queue
		CompletableFuture<HttpResponse<String>> queued = this.clients.send("/api/v1/accounts");
		Thread.sleep(1000);
		assertThat(queued).isNotDone();

		this.clients.letGo();
		HttpResponse<String> dropped = queued.join();
		assertThat(dropped.statusCode()).isEqualTo(503);
		assertThat(dropped.headers().firstValue("Retry-After")).hasValue("1");
		assertThat(dropped.body()).contains("\"type\":\"urn:dealgraph:problem:overloaded\"")
			.contains("was dropped before any work was done");
		// a request that did not wait is served as usual
		assertThat(this.clients.get("/api/v1/accounts").statusCode()).isEqualTo(200);
	}

}
