package dev.dealgraph.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import dev.dealgraph.IntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.neo4j.core.Neo4jClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The attack corpus against the body fields of every writing endpoint: each wrong JSON
 * type, each value that would be converted, each piece of text Neo4j cannot store as
 * sent. Each must be a 400 problem naming the field, and nothing may be written.
 */
@IntegrationTest
class HostileInputTests {

	private static final AtomicInteger sent = new AtomicInteger();

	private static final AtomicInteger rejected = new AtomicInteger();

	private static final JsonMapper json = JsonMapper.builder().build();

	static JsonMapper json() {
		return json;
	}

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Autowired
	Neo4jClient client;

	@Autowired
	org.springframework.context.ApplicationContext context;

	/** One endpoint with a valid body; {@code $} marks where the hostile value goes. */
	record Endpoint(String method, String path, String body, String fieldPrefix) {

		Arguments with(String field, String value) {
			return Arguments.of(this.method, this.path, this.body.replace("$", "\"" + field + "\":" + value),
					this.fieldPrefix + field);
		}

	}

	static final Endpoint ACCOUNTS = new Endpoint("POST", "/api/v1/accounts", "{\"id\":\"acme2\",\"name\":\"A\",$}",
			"");

	static final Endpoint ACCOUNT_WITHOUT_ID = new Endpoint("POST", "/api/v1/accounts", "{\"name\":\"A\",$}", "");

	static final Endpoint PEOPLE = new Endpoint("POST", "/api/v1/people",
			"{\"id\":\"p2\",\"accountId\":\"acme\",\"name\":\"P\",$}", "");

	static final Endpoint COLLEAGUES = new Endpoint("POST", "/api/v1/colleagues", "{\"id\":\"c2\",\"name\":\"C\",$}",
			"");

	static final Endpoint DEALS = new Endpoint("POST", "/api/v1/deals",
			"{\"id\":\"d2\",\"accountId\":\"acme\",\"name\":\"D\",\"stage\":\"DESIGN\",$}", "");

	static final Endpoint STAKEHOLDERS = new Endpoint("PUT", "/api/v1/deals/d1/stakeholders/li",
			"{\"influence\":\"HIGH\",$}", "");

	static final Endpoint KNOWS = new Endpoint("PUT", "/api/v1/relationships/KNOWS/amy/li", "{\"strength\":0.5,$}", "");

	static final Endpoint REPORTS_TO = new Endpoint("PUT", "/api/v1/relationships/REPORTS_TO/li/amy", "{$}", "");

	static final Endpoint IMPORT = new Endpoint("POST", "/api/v1/import",
			"{\"accounts\":[{\"id\":\"acme3\",\"name\":\"A\",\"notes\":\"n\"}],"
					+ "\"colleagues\":[{\"id\":\"c3\",\"name\":\"C\",$}]}",
			"colleagues[0].");

	static final Endpoint IMPORT_WITHOUT_ID = new Endpoint("POST", "/api/v1/import",
			"{\"colleagues\":[{\"name\":\"C\",$}]}", "colleagues[0].");

	static final List<String> NOT_TEXT = List.of("123", "true", "1.5", "[]", "{}", "[\"a\"]");

	static final List<String> BAD_TEXT = List.of("\"\\ud800\"", "\"a\\udc00b\"", "\"\\ude00\\ud83d\"", "\"a\\u0000\"",
			"\"\\u001b[31mred\"", "\"bell\\u0007\"");

	static final List<String> BAD_ENUM = List.of("3", "\"3\"", "\" DESIGN\"", "\"DESIGN \"", "\"design\"",
			"\"DESIGN\\u0000\"", "true", "[\"DESIGN\"]", "\"\"");

	static Stream<Arguments> bodies() {
		List<Arguments> cases = new ArrayList<>();
		for (Endpoint endpoint : List.of(ACCOUNTS, PEOPLE, COLLEAGUES, IMPORT)) {
			for (String value : concat(NOT_TEXT, BAD_TEXT)) {
				cases.add(endpoint.with((endpoint == ACCOUNTS) ? "notes" : "title", value));
			}
		}
		for (String value : List.of("123", "\".\"", "\"..\"", "\"a b\"", "\"\\ud800\"")) {
			cases.add(ACCOUNT_WITHOUT_ID.with("id", value));
			cases.add(IMPORT_WITHOUT_ID.with("id", value));
		}
		for (String value : BAD_ENUM) {
			cases.add(
					new Endpoint("POST", "/api/v1/deals", "{\"id\":\"d2\",\"accountId\":\"acme\",\"name\":\"D\",$}", "")
						.with("stage", value));
			cases.add(ACCOUNTS.with("lifecycleStage", value));
			cases.add(PEOPLE.with("temperament", value));
			cases.add(COLLEAGUES.with("function", value));
			cases.add(STAKEHOLDERS.with("attitude", value));
			cases.add(KNOWS.with("level", value));
		}
		for (String value : List.of("\"1000\"", "1.5", "1e3", "true", "\"\"", "[1000]", "{}")) {
			cases.add(DEALS.with("value", value));
		}
		for (String value : List.of("123", "20260504", "true", "\"2026-13-45\"", "\"tomorrow\"", "{}")) {
			cases.add(DEALS.with("closeDate", value));
			cases.add(KNOWS.with("lastContact", value));
		}
		for (String value : List.of("\"0.5\"", "true", "\"\"", "[0.5]")) {
			cases.add(new Endpoint("PUT", "/api/v1/relationships/KNOWS/amy/li", "{$}", "").with("strength", value));
		}
		for (String value : List.of("1", "0", "\"true\"", "\"yes\"", "[true]")) {
			cases.add(REPORTS_TO.with("dotted", value));
		}
		for (String value : List.of("[null]", "[\"COACH\",null]", "\"COACH\"", "[1]", "[\"coach\"]")) {
			cases.add(STAKEHOLDERS.with("roles", value));
		}
		for (String value : List.of("[null]", "[7]", "\"golf\"", "[\"\\ud800\"]")) {
			cases.add(PEOPLE.with("interests", value));
		}
		cases.add(DEALS.with("team", "[null]"));
		cases.add(DEALS.with("team", "\"\""));
		cases.add(STAKEHOLDERS.with("winResults", "\"x\\u0000\""));
		cases.add(KNOWS.with("source", "\"\\udbff\""));
		cases.add(Arguments.of("POST", "/api/v1/accounts", "{\"name\":\"\\u0000\",\"id\":\"x\"}", "name"));
		// duplicate keys name the repeated field
		cases.add(Arguments.of("POST", "/api/v1/accounts", "{\"id\":\"acme2\",\"name\":\"A\",\"name\":\"B\"}", "name"));
		cases.add(Arguments.of("POST", "/api/v1/import",
				"{\"accounts\":[{\"id\":\"acme3\",\"name\":\"A\",\"id\":\"acme4\"}]}", "accounts[0].id"));
		return cases.stream();
	}

	@BeforeEach
	void seed() throws Exception {
		for (String[] write : new String[][] { { "/api/v1/accounts", "{\"id\":\"acme\",\"name\":\"ACME\"}" },
				{ "/api/v1/colleagues", "{\"id\":\"amy\",\"name\":\"Amy\"}" },
				{ "/api/v1/people", "{\"id\":\"li\",\"accountId\":\"acme\",\"name\":\"Li\"}" },
				{ "/api/v1/deals", "{\"id\":\"d1\",\"accountId\":\"acme\",\"name\":\"D\",\"stage\":\"DESIGN\"}" } }) {
			assertThat(send("POST", write[0], write[1], Map.of()).statusCode()).isEqualTo(201);
		}
	}

	@ParameterizedTest(name = "{0} {1} {2}")
	@MethodSource
	void bodies(String method, String path, String body, String field) throws Exception {
		sent.incrementAndGet();
		String before = graph();
		HttpResponse<String> response = send(method, path, body, Map.of());
		JsonNode problem = problem(response, 400);
		assertThat(problem.get("type").asString()).isEqualTo("urn:dealgraph:problem:invalid-input");
		assertThat(problem.get("errors").findValuesAsString("field")).as(response.body())
			.anySatisfy((named) -> assertThat(named.equals(field) || named.startsWith(field + "[")).isTrue());
		assertThat(graph()).as("nothing written").isEqualTo(before);
		rejected.incrementAndGet();
	}

	@AfterAll
	static void summary() {
		System.out.println(sent.get() + " inputs, " + rejected.get() + " rejected cleanly");
	}

	/** Every node and relationship with its properties, apart from the change log. */
	private String graph() {
		var nodes = this.client.query("""
				MATCH (n) WHERE NOT n:SchemaMigration AND NOT n:GraphChange AND NOT n:GraphChangeEntry
				// a key's last use is kept once a minute on a thread of its own, whatever the request
				RETURN labels(n) AS labels, n {.*, lastUsedAt: null} AS properties ORDER BY n.id
				""").fetch().all();
		var ties = this.client.query("""
				MATCH (a)-[r]->(b) WHERE a.id IS NOT NULL AND b.id IS NOT NULL
				RETURN a.id AS a, type(r) AS type, b.id AS b, properties(r) AS properties ORDER BY a, type, b
				""").fetch().all();
		return nodes.size() + " nodes " + nodes + " ties " + ties;
	}

	static JsonNode problem(HttpResponse<String> response, int status) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).as(response.body()).startsWith("application/problem+json"));
		assertThat(response.body()).doesNotContainIgnoringCase("jackson")
			.doesNotContain("Exception")
			.doesNotContain("Feature")
			.doesNotContain("java.")
			.doesNotContain("dev.dealgraph");
		JsonNode problem = json.readTree(response.body());
		assertThat(problem.get("type").asString()).startsWith("urn:dealgraph:problem:");
		assertThat(problem.get("status").asInt()).isEqualTo(status);
		assertThat(problem.get("title").asString()).isNotBlank();
		return problem;
	}

	HttpResponse<String> send(String method, String path, String body, Map<String, String> headers) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.method(method, HttpRequest.BodyPublishers.ofString(body));
		if (!headers.containsKey("Content-Type")) {
			request.header("Content-Type", "application/json");
		}
		if (!headers.containsKey("Authorization")) {
			request.header("Authorization", "Bearer " + dev.dealgraph.AdminKeyClient.adminKey(this.context));
		}
		headers.forEach(request::header);
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static List<String> concat(List<String> a, List<String> b) {
		return Stream.concat(a.stream(), b.stream()).toList();
	}

}
