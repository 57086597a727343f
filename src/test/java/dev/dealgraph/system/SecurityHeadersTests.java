package dev.dealgraph.system;

import java.util.Map;
import java.util.stream.Stream;

import dev.dealgraph.AdminKeyClient;
import dev.dealgraph.IntegrationTest;
import dev.dealgraph.system.RequestEdgeTests.RawResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every answer, whoever writes it (a controller, a filter in front of the security chain,
 * the security chain itself, Tomcat's error report, the error page), tells browsers not
 * to sniff, frame, refer or cache it; read off a plain socket.
 */
@IntegrationTest
class SecurityHeadersTests {

	/** Stands for the key of a user who is no admin, made before each test. */
	private static final String USER = "<user key>";

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	RestTestClient http;

	private String userKey = "";

	@BeforeEach
	void keys() throws Exception {
		RawResponse.key = AdminKeyClient.adminKey(this.context);
		this.userKey = userKey(this.port, "sam");
	}

	static Stream<Arguments> answers() {
		String big = "b".repeat(20_000);
		return Stream.of(Arguments.of("GET", "/api/v1/accounts", Map.of(), 200),
				Arguments.of("GET", "/api/v1/accounts", Map.of("Authorization", ""), 401),
				Arguments.of("GET", "/api/v1/accounts", Map.of("Authorization", "Bearer dgk_unknown"), 401),
				Arguments.of("GET", "/api/v1/admin/users", Map.of("Authorization", USER), 403),
				Arguments.of("GET", "/actuator/info", Map.of("Authorization", USER), 403),
				Arguments.of("GET", "/api/v1/accounts/nope", Map.of(), 404),
				Arguments.of("GET", "/api/v1/nothing-here", Map.of(), 404),
				Arguments.of("DELETE", "/api/v1/accounts", Map.of(), 405),
				Arguments.of("TRACE", "/api/v1/accounts", Map.of(), 405),
				Arguments.of("GET", "/api/v1/accounts;jsessionid=x", Map.of(), 400),
				Arguments.of("POST", "/api/v1/accounts", Map.of("Content-Type", "*/*"), 415),
				Arguments.of("GET", "/api/v1/accounts/a%2Fb", Map.of(), 400),
				Arguments.of("GET", "/api/v1/accounts", Map.of("X-Big", big), 400),
				Arguments.of("GET", "/api/v1/accounts", Map.of("Host", "evil.example"), 400),
				Arguments.of("GET", "/api/v1/accounts?page=0x1", Map.of(), 400),
				Arguments.of("GET", "/error", Map.of(), 404), Arguments.of("GET", "/actuator/health", Map.of(), 200),
				Arguments.of("GET", "/v3/api-docs", Map.of(), 200));
	}

	@ParameterizedTest(name = "{0} {1} {2}")
	@MethodSource
	void answers(String method, String path, Map<String, String> headers, int status) throws Exception {
		RawResponse response = send(method, path, headers);
		assertThat(response.status()).as(response.text()).isEqualTo(status);
		assertThat(response.header("x-content-type-options")).as(response.text()).isEqualTo("nosniff");
		assertThat(response.header("x-frame-options")).isEqualTo("DENY");
		assertThat(response.header("referrer-policy")).isEqualTo("no-referrer");
		assertThat(response.header("cache-control")).contains("no-store");
		assertThat(response.header("content-security-policy")).isEqualTo("default-src 'none'; frame-ancestors 'none'");
	}

	@Test
	void aBodyOverTheLimitIsRefusedWithTheHeadersToo() {
		// over a plain socket the server would wait for the announced body before closing
		this.http.post()
			.uri("/api/v1/import")
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"accounts\":[]}" + " ".repeat(5 * 1024 * 1024))
			.exchange()
			.expectStatus()
			.isEqualTo(413)
			.expectHeader()
			.valueEquals("X-Content-Type-Options", "nosniff")
			.expectHeader()
			.valueEquals("X-Frame-Options", "DENY")
			.expectHeader()
			.valueEquals("Referrer-Policy", "no-referrer")
			.expectHeader()
			.valueEquals("Cache-Control", "no-store")
			.expectHeader()
			.valueEquals("Content-Security-Policy", SecurityHeaders.API_POLICY);
	}

	@Test
	void swaggerUiRunsItsScriptsButIsNeverFramed() throws Exception {
		RawResponse response = send("GET", "/swagger-ui/index.html", Map.of("Authorization", ""));
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.body()).contains("swagger-initializer.js");
		assertThat(response.header("content-security-policy")).isEqualTo("frame-ancestors 'none'");
		assertThat(response.header("x-frame-options")).isEqualTo("DENY");
		assertThat(response.header("x-content-type-options")).isEqualTo("nosniff");
	}

	private RawResponse send(String method, String path, Map<String, String> headers) throws Exception {
		Map<String, String> sent = new java.util.HashMap<>(headers);
		sent.computeIfPresent("Authorization", (name, value) -> value.equals(USER) ? "Bearer " + this.userKey : value);
		return RawResponse.send(this.port, method, path, "", sent);
	}

	/** A key of a new user who is no admin, made through the admin API. */
	static String userKey(int port, String userId) throws Exception {
		RawResponse user = RawResponse.send(port, "PUT", "/api/v1/admin/users/" + userId,
				"{\"name\":\"" + userId + "\"}", Map.of());
		assertThat(user.status()).as(user.text()).isIn(200, 201);
		RawResponse key = RawResponse.send(port, "POST", "/api/v1/admin/users/" + userId + "/keys",
				"{\"name\":\"tests\"}", Map.of());
		assertThat(key.status()).as(key.text()).isEqualTo(201);
		return HostileInputTests.json().readTree(key.body()).get("secret").asString();
	}

}
