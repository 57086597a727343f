package dev.dealgraph.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * A test-only endpoint that keeps its worker thread until the test lets it go, so a test
 * can fill an instance deterministically, and a client for it.
 */
@TestConfiguration(proxyBeanMethods = false)
class Holding {

	static final Semaphore entered = new Semaphore(0);

	static volatile CountDownLatch release = new CountDownLatch(0);

	// a functional route, so component scanning of the test classes never finds it
	@Bean
	RouterFunction<ServerResponse> holdingRoute() {
		return RouterFunctions.route().GET("/test/hold", (request) -> {
			entered.release();
			if (!release.await(30, TimeUnit.SECONDS)) {
				throw new IllegalStateException("never released");
			}
			return ServerResponse.ok().body("released");
		}).build();
	}

	/** Sends requests from their own threads, as separate clients would. */
	static final class Clients {

		private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

		private final String base;

		private final String key;

		private final List<CompletableFuture<HttpResponse<String>>> sent = new ArrayList<>();

		Clients(int port, String key) {
			this.base = "http://localhost:" + port;
			this.key = key;
		}

		CompletableFuture<HttpResponse<String>> send(String path) {
			CompletableFuture<HttpResponse<String>> answer = this.client.sendAsync(HttpRequest.newBuilder()
				.uri(URI.create(this.base + path))
				.header("Authorization", "Bearer " + this.key)
				.header("Accept-Language", "en")
				.timeout(Duration.ofSeconds(30))
				.build(), HttpResponse.BodyHandlers.ofString());
			this.sent.add(answer);
			return answer;
		}

		/** Holds {@code count} workers, returning once each has entered the endpoint. */
		void hold(int count) throws InterruptedException {
			release = new CountDownLatch(1);
			for (int i = 0; i < count; i++) {
				send("/test/hold");
			}
			if (!entered.tryAcquire(count, 30, TimeUnit.SECONDS)) {
				throw new IllegalStateException("the held requests never arrived");
			}
		}

		void letGo() {
			release.countDown();
		}

		HttpResponse<String> get(String path) {
			return send(path).join();
		}

		List<HttpResponse<String>> all() {
			return this.sent.stream().map(CompletableFuture::join).toList();
		}

	}

}
