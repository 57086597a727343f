package dev.dealgraph.system;

import java.util.Map;

import dev.dealgraph.AdminKeyClient;
import dev.dealgraph.IntegrationTest;
import dev.dealgraph.system.RequestEdgeTests.RawResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/** OPTIONS says what a path really takes; TRACE is never offered and always refused. */
@IntegrationTest
class OptionsTests {

	private static final Map<String, String> PREFLIGHT = Map.of("Origin", "http://elsewhere.example",
			"Access-Control-Request-Method", "GET");

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@BeforeEach
	void sendTheAdminKey() {
		RawResponse.key = AdminKeyClient.adminKey(this.context);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/v1/deals", "/api/v1/deals/d", "/api/v1/import", "/api/v1/nothing-here", "/",
			"/browser/", "/browser-guide/dealgraph.grass", "/actuator/health", "/v3/api-docs", "/error", "*" })
	void neverOffersTrace(String path) throws Exception {
		for (Map<String, String> headers : java.util.List.of(Map.<String, String>of(), PREFLIGHT,
				Map.of("Authorization", ""))) {
			RawResponse response = RawResponse.send(this.port, "OPTIONS", path, "", headers);
			assertThat(response.status()).as(response.text()).isLessThan(500);
			assertThat(response.header("allow")).as(headers + " " + response.text())
				.doesNotContainIgnoringCase("TRACE");
		}
	}

	@Test
	void listsTheMethodsAPathIsMappedTo() throws Exception {
		RawResponse response = RawResponse.send(this.port, "OPTIONS", "/api/v1/deals", "", Map.of());
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.header("allow").split(",\\s*")).containsExactlyInAnyOrder("GET", "HEAD", "POST", "OPTIONS");
	}

	@Test
	void refusesTraceWithAProblemEvenAnonymously() throws Exception {
		RawResponse response = RawResponse.send(this.port, "TRACE", "/api/v1/deals", "",
				Map.of("Authorization", "", "X-Secret", "echo me"));
		RequestEdgeTests.assertCleanProblem(response, 405, "method-not-allowed");
		assertThat(response.body()).doesNotContain("echo me");
		assertThat(response.header("allow")).doesNotContainIgnoringCase("TRACE");
	}

}
