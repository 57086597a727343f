package dev.dealgraph.access;

import dev.dealgraph.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Anyone may ask whether the service is up, and learn nothing more; everything else the
 * actuator tells is for admins.
 */
@IntegrationTest
class ActuatorAccessTests {

	@Autowired
	RestTestClient http;

	@Autowired
	AccessAdmin admin;

	private String userKey = "";

	@BeforeEach
	void aUserWhoIsNoAdmin() {
		this.admin.putUser("sam", "Sam", false, null);
		this.userKey = this.admin.issueKey("sam", "tests").secret();
	}

	@ParameterizedTest
	@ValueSource(strings = { "/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness" })
	void anonymousCallersSeeOnlyWhetherItIsUp(String path) {
		String body = this.http.get()
			.uri(path)
			.header(HttpHeaders.AUTHORIZATION, "")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(body).contains("\"status\":\"UP\"").doesNotContain("components").doesNotContain("details");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/actuator", "/actuator/info", "/actuator/health/neo4j", "/actuator/health/diskSpace",
			"/actuator/env", "/actuator/beans" })
	void everythingElseIsForAdmins(String path) {
		this.http.get()
			.uri(path)
			.header(HttpHeaders.AUTHORIZATION, "")
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("urn:dealgraph:problem:unauthorized");
		this.http.get()
			.uri(path)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + this.userKey)
			.exchange()
			.expectStatus()
			.isForbidden()
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("urn:dealgraph:problem:forbidden");
	}

	@Test
	void adminsSeeEachComponent() {
		this.http.get()
			.uri("/actuator/health")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.components.neo4j.status")
			.isEqualTo("UP");
		this.http.get()
			.uri("/actuator/health/neo4j")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.details.edition")
			.isEqualTo("community");
		this.http.get().uri("/actuator/info").exchange().expectStatus().isOk();
		this.http.get()
			.uri("/actuator/health")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + this.userKey)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.value((body) -> assertThat(body).doesNotContain("components"));
	}

}
