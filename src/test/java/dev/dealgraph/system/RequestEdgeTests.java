package dev.dealgraph.system;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Stream;

import dev.dealgraph.IntegrationTest;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.neo4j.core.Neo4jClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests refused before or around the controllers (by Tomcat, by a filter, by parameter
 * conversion) are problems in our words too, never an HTML page or a 500.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class RequestEdgeTests {

	@Autowired
	org.springframework.context.ApplicationContext context;

	@org.junit.jupiter.api.BeforeEach
	void sendTheAdminKey() {
		RawResponse.key = dev.dealgraph.AdminKeyClient.adminKey(this.context);
	}

	@LocalServerPort
	int port;

	@Autowired
	Neo4jClient client;

	static Stream<Arguments> refused() {
		String account = "{\"id\":\"acme\",\"name\":\"ACME\"}";
		return Stream.of(Arguments.of("GET", "/api/v1/accounts;jsessionid=ABC", "", Map.of(), 400, "malformed-request"),
				Arguments.of("GET", "/api/v1/accounts/acme;v=1", "", Map.of(), 400, "malformed-request"),
				Arguments.of("POST", "/api/v1/accounts;x=1", account, Map.of(), 400, "malformed-request"),
				Arguments.of("GET", "/api/v1/people?name=%ff", "", Map.of(), 400, "malformed-request"),
				Arguments.of("GET", "/api/v1/people?name=%ED%A0%80", "", Map.of(), 400, "malformed-request"),
				Arguments.of("GET", "/api/v1/people?name=%zz", "", Map.of(), 400, "malformed-request"),
				Arguments.of("GET", "/api/v1/people?name=a%00b", "", Map.of(), 400, "malformed-request"),
				Arguments.of("GET", "/api/v1/people?name=%C3", "", Map.of(), 400, "malformed-request"),
				Arguments.of("POST", "/api/v1/accounts", account, Map.of("Content-Type", "*/*"), 415,
						"unsupported-media-type"),
				Arguments.of("POST", "/api/v1/accounts", account, Map.of("Content-Type", "application/*"), 415,
						"unsupported-media-type"),
				Arguments.of("POST", "/api/v1/import", "{}", Map.of("Content-Type", "text/plain"), 415,
						"unsupported-media-type"),
				Arguments.of("GET", "/api/v1/accounts/a%00b", "", Map.of(), 400, "malformed-request"),
				Arguments.of("GET", "/api/v1/accounts/a%2Fb", "", Map.of(), 400, "malformed-request"),
				Arguments.of("GET", "/api/v1/accounts/a%5Cb", "", Map.of(), 400, "malformed-request"),
				Arguments.of("GET", "/api/v1/accounts/%ff", "", Map.of(), 400, "malformed-request"),
				Arguments.of("GET", "/api/v1/accounts/" + "a".repeat(20_000), "", Map.of(), 400, null),
				Arguments.of("GET", "/api/v1/accounts", "", Map.of("X-Big", "b".repeat(20_000)), 400, null),
				Arguments.of("TRACE", "/api/v1/accounts", "", Map.of(), 405, "method-not-allowed"),
				Arguments.of("DELETE", "/api/v1/accounts", "", Map.of(), 405, "method-not-allowed"),
				Arguments.of("GET", "/error", "", Map.of(), 404, "not-found"),
				Arguments.of("POST", "/error", "", Map.of(), 404, "not-found"),
				Arguments.of("GET", "/api/v1/nothing-here", "", Map.of(), 404, "not-found"),
				Arguments.of("GET", "/api/v1/accounts/a%20b", "", Map.of(), 400, "invalid-input"),
				Arguments.of("GET", "/api/v1/accounts?page=0x1", "", Map.of(), 400, "invalid-input"),
				Arguments.of("GET", "/api/v1/accounts?page=%EF%BC%91", "", Map.of(), 400, "invalid-input"),
				Arguments.of("GET", "/api/v1/accounts?size=%2B3", "", Map.of(), 400, "invalid-input"),
				Arguments.of("GET", "/api/v1/accounts?size=99999999999", "", Map.of(), 400, "invalid-input"),
				Arguments.of("GET", "/api/v1/deals/d/paths?k=0x3", "", Map.of(), 400, "invalid-input"),
				Arguments.of("GET", "/api/v1/deals/d/paths?includeOpponents=yes", "", Map.of(), 400, "invalid-input"),
				Arguments.of("GET", "/api/v1/deals/d/paths?includeOpponents=1", "", Map.of(), 400, "invalid-input"),
				Arguments.of("GET", "/api/v1/deals?stage=%20DESIGN", "", Map.of(), 400, "invalid-input"),
				Arguments.of("GET", "/api/v1/deals?stage=design", "", Map.of(), 400, "invalid-input"),
				Arguments.of("POST", "/api/v1/accounts", "{\"id\":\".\",\"name\":\"A\"}", Map.of(), 400,
						"invalid-input"),
				Arguments.of("POST", "/api/v1/accounts", "{\"id\":\"..\",\"name\":\"A\"}", Map.of(), 400,
						"invalid-input"),
				Arguments.of("POST", "/api/v1/accounts", "{\"id\":\"a\"} {}", Map.of(), 400, "invalid-input"),
				Arguments.of("POST", "/api/v1/accounts", "{\"id\":\"a\",\"name\":NaN}", Map.of(), 400,
						"malformed-request"),
				Arguments.of("POST", "/api/v1/accounts", "{\"id\":'a'}", Map.of(), 400, "malformed-request"));
	}

	@ParameterizedTest(name = "{0} {1} {3}")
	@MethodSource
	void refused(String method, String path, String body, Map<String, String> headers, int status, String type,
			CapturedOutput output) throws Exception {
		RawResponse response = RawResponse.send(this.port, method, path, body, headers);
		assertCleanProblem(response, status, type);
		assertThat(output.getAll()).as("no stack trace for a client error").doesNotContain("\tat ");
		long nodes = this.client.query("MATCH (n:Account) RETURN count(n)").fetchAs(Long.class).one().orElseThrow();
		assertThat(nodes).isZero();
	}

	@Test
	void callersWithoutTheRightKeyAreRefusedCleanly(CapturedOutput output) throws Exception {
		String userKey = SecurityHeadersTests.userKey(this.port, "sam");
		record Refusal(String path, String authorization, int status, String type) {
		}
		for (Refusal refusal : new Refusal[] { new Refusal("/api/v1/accounts", "", 401, "unauthorized"),
				new Refusal("/api/v1/accounts", "Bearer dgk_unknown", 401, "unauthorized"),
				new Refusal("/api/v1/accounts", "Bearer not-a-key", 401, "unauthorized"),
				new Refusal("/api/v1/accounts", "Basic YWRtaW46YWRtaW4=", 401, "unauthorized"),
				new Refusal("/actuator/env", "", 401, "unauthorized"),
				new Refusal("/api/v1/admin/users", "Bearer " + userKey, 403, "forbidden"),
				new Refusal("/actuator/info", "Bearer " + userKey, 403, "forbidden") }) {
			RawResponse response = RawResponse.send(this.port, "GET", refusal.path(), "",
					Map.of("Authorization", refusal.authorization()));
			assertCleanProblem(response, refusal.status(), refusal.type());
			assertThat(response.body()).doesNotContain("dev.dealgraph").doesNotContain("org.springframework");
		}
		assertThat(output.getAll()).as("no stack trace for a refused caller").doesNotContain("\tat ");
	}

	/** A problem in our words: no HTML, no class names, no stack trace. */
	static void assertCleanProblem(RawResponse response, int status, @Nullable String type) {
		assertThat(response.status()).as(response.text()).isEqualTo(status);
		assertThat(response.header("content-type")).as(response.text()).startsWith("application/problem+json");
		assertThat(response.body()).doesNotContainIgnoringCase("<html")
			.doesNotContainIgnoringCase("jackson")
			.doesNotContain("Exception")
			.doesNotContain("Feature")
			.doesNotContain("\tat ")
			.doesNotContain("\"status\":999");
		JsonNode problem = HostileInputTests.json().readTree(response.body());
		assertThat(problem.get("status").asInt()).isEqualTo(status);
		assertThat(problem.get("title").asString()).isNotBlank();
		assertThat(problem.get("type").asString()).startsWith("urn:dealgraph:problem:");
		if (type != null) {
			assertThat(problem.get("type").asString()).isEqualTo("urn:dealgraph:problem:" + type);
		}
	}

	@Test
	void problemsAreInChineseForChineseReaders() throws Exception {
		for (String language : new String[] { "zh", "zh-CN", "zh-Hans-CN", "zh-Hans;q=0.9, en;q=0.8" }) {
			RawResponse response = RawResponse.send(this.port, "GET", "/api/v1/accounts/nope", "",
					Map.of("Accept-Language", language));
			JsonNode problem = HostileInputTests.json().readTree(response.body());
			assertThat(problem.get("title").asString()).as(language).isEqualTo("未找到");
			assertThat(problem.get("detail").asString()).isEqualTo("没有 id 为“nope”的客户");
			assertThat(problem.get("type").asString()).isEqualTo("urn:dealgraph:problem:not-found");
		}
		for (String language : new String[] { "", "en", "de-DE", "zh-TW", "fr-FR, de;q=0.5" }) {
			RawResponse response = RawResponse.send(this.port, "GET", "/api/v1/accounts/nope", "",
					language.isEmpty() ? Map.of() : Map.of("Accept-Language", language));
			JsonNode problem = HostileInputTests.json().readTree(response.body());
			assertThat(problem.get("title").asString()).as(language).isEqualTo("Not found");
			assertThat(problem.get("detail").asString()).isEqualTo("No account with id 'nope'");
		}
	}

	@Test
	void fieldMessagesKeepTheirFieldNamesInChinese() throws Exception {
		RawResponse response = RawResponse.send(this.port, "POST", "/api/v1/accounts",
				"{\"id\":\"a\",\"name\":\"A\",\"lifecycleStage\":3,\"notes\":\"\\ud800\"}",
				Map.of("Accept-Language", "zh-CN"));
		JsonNode problem = HostileInputTests.json().readTree(response.body());
		assertThat(problem.get("title").asString()).isEqualTo("输入无效");
		assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("lifecycleStage");
		assertThat(problem.get("errors").get(0).get("message").asString()).startsWith("应为以下之一");
	}

	/** A response read off a plain socket, so nothing in between tidies it up. */
	record RawResponse(int status, Map<String, String> headers, String body, String text) {

		/** The key sent unless the request names its own Authorization. */
		static volatile String key = "";

		String header(String name) {
			return this.headers.getOrDefault(name, "");
		}

		static RawResponse send(int port, String method, String path, String body, Map<String, String> headers)
				throws Exception {
			try (Socket socket = new Socket("localhost", port)) {
				socket.setSoTimeout(10_000);
				byte[] content = body.getBytes(StandardCharsets.UTF_8);
				StringBuilder request = new StringBuilder(method + " " + path + " HTTP/1.1\r\nConnection: close\r\n");
				if (!headers.containsKey("Host")) {
					request.append("Host: localhost\r\n");
				}
				if (!headers.containsKey("Content-Length")) {
					request.append("Content-Length: ").append(content.length).append("\r\n");
				}
				if (!headers.containsKey("Authorization") && !key.isEmpty()) {
					request.append("Authorization: Bearer ").append(key).append("\r\n");
				}
				if (!headers.containsKey("Content-Type") && !body.isEmpty()) {
					request.append("Content-Type: application/json\r\n");
				}
				headers.forEach((name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
				OutputStream out = socket.getOutputStream();
				out.write(request.append("\r\n").toString().getBytes(StandardCharsets.UTF_8));
				out.write(content);
				out.flush();
				InputStream in = socket.getInputStream();
				String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
				return parse(text);
			}
		}

		private static RawResponse parse(String text) {
			int split = text.indexOf("\r\n\r\n");
			String head = (split >= 0) ? text.substring(0, split) : text;
			String body = (split >= 0) ? text.substring(split + 4) : "";
			String[] lines = head.split("\r\n");
			Map<String, String> headers = new java.util.HashMap<>();
			for (int i = 1; i < lines.length; i++) {
				int colon = lines[i].indexOf(':');
				if (colon > 0) {
					headers.put(lines[i].substring(0, colon).toLowerCase(java.util.Locale.ROOT),
							lines[i].substring(colon + 1).strip());
				}
			}
			if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
				body = unchunk(body);
			}
			int status = (lines[0].split(" ").length > 1) ? Integer.parseInt(lines[0].split(" ")[1]) : -1;
			return new RawResponse(status, headers, body, text);
		}

		private static String unchunk(String chunked) {
			StringBuilder body = new StringBuilder();
			byte[] bytes = chunked.getBytes(StandardCharsets.UTF_8);
			int at = 0;
			while (at < bytes.length) {
				int eol = chunked.indexOf("\r\n", 0);
				String rest = new String(bytes, at, bytes.length - at, StandardCharsets.UTF_8);
				eol = rest.indexOf("\r\n");
				int size = Integer.parseInt(rest.substring(0, eol).strip(), 16);
				if (size == 0) {
					break;
				}
				int start = at + rest.substring(0, eol + 2).getBytes(StandardCharsets.UTF_8).length;
				body.append(new String(bytes, start, size, StandardCharsets.UTF_8));
				at = start + size + 2;
			}
			return body.toString();
		}

	}

}
