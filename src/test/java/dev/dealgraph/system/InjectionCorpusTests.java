package dev.dealgraph.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import dev.dealgraph.AdminKeyClient;
import dev.dealgraph.GraphFingerprint;
import dev.dealgraph.IntegrationTest;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The injection corpus of issue 10 through every text field of every body and every path
 * and query parameter, generated from the request mappings and the body records: each
 * value is refused with a problem naming the field and nothing written, or, where free
 * text may hold it, stored and read back unchanged.
 */
@IntegrationTest
class InjectionCorpusTests {

	static final JsonMapper json = JsonMapper.builder().build();

	static final AtomicInteger sent = new AtomicInteger();

	static final AtomicInteger rejected = new AtomicInteger();

	static final AtomicInteger beforeRouting = new AtomicInteger();

	static final AtomicInteger accepted = new AtomicInteger();

	static final AtomicInteger roundTripped = new AtomicInteger();

	/** Parameters that took a value: a free-text filter, or an empty value as none. */
	static final AtomicInteger taken = new AtomicInteger();

	static final AtomicInteger readLiterally = new AtomicInteger();

	/** What the running test found wrong; {@link #found} keeps every test's. */
	static final List<String> wrong = Collections.synchronizedList(new ArrayList<>());

	static final List<String> found = Collections.synchronizedList(new ArrayList<>());

	final HttpClient http = HttpClient.newHttpClient();

	final ExecutorService pool = Executors.newFixedThreadPool(4);

	@LocalServerPort
	int port;

	@Autowired
	Neo4jClient client;

	@Autowired
	ApplicationContext context;

	/** One request's answer. */
	record Answer(int status, String type, String body) {
	}

	@BeforeEach
	void seed() {
		wrong.clear();
		for (String[] write : InjectionTargets.SEED) {
			Answer answer = send(write[0].contains("admin") ? "PUT" : "POST", write[0], write[1]);
			assertThat(answer.status()).as(write[0] + " " + answer.body()).isBetween(200, 201);
		}
	}

	@Test
	void everyBodyFieldRefusesTheCorpusOrStoresItUnchanged() throws Exception {
		Map<String, Class<?>> bodies = InjectionEndpoints.bodies(handlers());
		Set<String> targeted = new TreeSet<>();
		List<java.util.concurrent.Callable<@Nullable String>> roundTrips = new ArrayList<>();
		for (InjectionTargets.Target target : InjectionTargets.all()) {
			Class<?> type = bodies.get(target.endpoint());
			assertThat(type).as("a target for an endpoint that takes no body: " + target.endpoint()).isNotNull();
			targeted.add(target.endpoint());
			InjectionBodies body = new InjectionBodies(this, target, type);
			body.refusals();
			roundTrips.add(body::roundTrips);
		}
		// one after the other: writes that share a colleague or a deal would deadlock and
		// be retried, which is the write path's business, not this corpus's
		for (java.util.concurrent.Callable<@Nullable String> roundTrip : roundTrips) {
			roundTrip.call();
		}
		assertThat(new TreeSet<>(bodies.keySet())).as("endpoints with a body and no target").isEqualTo(targeted);
		found.addAll(wrong);
		assertThat(wrong).as("inputs answered otherwise than they must").isEmpty();
	}

	@Test
	void everyParameterRefusesTheCorpusOrReadsItLiterally() throws Exception {
		new InjectionParameters(this, handlers()).run();
		found.addAll(wrong);
		assertThat(wrong).as("inputs answered otherwise than they must").isEmpty();
	}

	@AfterAll
	static void summary() {
		found.forEach(System.out::println);
		System.out.println(sent.get() + " inputs, " + rejected.get() + " rejected cleanly");
		System.out.println(beforeRouting.get() + " of them refused before routing, where no parameter exists yet");
		System.out.println(accepted.get() + " accepted inputs, " + roundTripped.get() + " round-tripped unchanged");
		System.out.println(taken.get() + " accepted parameters, " + readLiterally.get()
				+ " read literally (a filter finds only what holds its text; empty is no value)");
	}

	Map<org.springframework.web.servlet.mvc.method.RequestMappingInfo, HandlerMethod> handlers() {
		return this.context.getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class)
			.getHandlerMethods();
	}

	/** Runs the tasks side by side; each answers what was wrong, or null. */
	void parallel(List<java.util.concurrent.Callable<@Nullable String>> tasks) throws Exception {
		for (Future<@Nullable String> done : this.pool.invokeAll(tasks)) {
			String problem = done.get();
			if (problem != null) {
				wrong.add(problem);
			}
		}
	}

	String fingerprint() {
		return GraphFingerprint.of(this.client);
	}

	/**
	 * Judges a refusal: a 4xx problem; naming {@code field} (or an item of it) unless it
	 * was refused before routing. Answers what is wrong, or null.
	 */
	@Nullable String refused(String what, Answer answer, String field, boolean routed) {
		sent.incrementAndGet();
		if (answer.status() < 400 || answer.status() >= 500 || !answer.type().startsWith("application/problem+json")
				|| answer.body().contains("Exception") || answer.body().contains("java.")) {
			return what + ": expected a 4xx problem, got " + answer.status() + " " + cut(answer.body());
		}
		if (!routed) {
			beforeRouting.incrementAndGet();
			rejected.incrementAndGet();
			return null;
		}
		List<String> named = json.readTree(answer.body()).path("errors").findValuesAsString("field");
		if (named.stream().noneMatch((name) -> name.equals(field) || name.startsWith(field + "["))) {
			return what + ": does not name " + field + ": " + answer.status() + " " + cut(answer.body());
		}
		rejected.incrementAndGet();
		return null;
	}

	Answer send(String method, String path, @Nullable String body) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.method(method,
					(body != null) ? HttpRequest.BodyPublishers.ofString(body) : HttpRequest.BodyPublishers.noBody())
			.header("Authorization", "Bearer " + AdminKeyClient.adminKey(this.context));
		if (body != null) {
			request.header("Content-Type", "application/json");
		}
		try {
			HttpResponse<String> response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
			return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
					response.body());
		}
		catch (Exception ex) {
			return new Answer(0, "", String.valueOf(ex));
		}
	}

	static String cut(String text) {
		return (text.length() <= 300) ? text : text.substring(0, 300) + "…";
	}

}
