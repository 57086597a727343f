package dev.dealgraph.access;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.test.web.servlet.client.RestTestClient.ResponseSpec;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each key, and each user of company tokens, has an allowance of its own (three requests
 * in fifty minutes here); beyond it the answer is 429 at once, saying when to come back.
 */
@ExtendWith(OutputCaptureExtension.class)
class RateLimitTests extends CompanyIssuerContext {

	@Autowired
	RestTestClient http;

	@Autowired
	AccessAdmin admin;

	@Test
	void aKeyOverItsLimitWaitsWhileOtherKeysGoOn(CapturedOutput output) {
		this.admin.putUser("lee", "Lee", false, null);
		String first = "Bearer " + this.admin.issueKey("lee", "laptop").secret();
		String second = "Bearer " + this.admin.issueKey("lee", "script").secret();
		for (int i = 0; i < 3; i++) {
			me(first, "en").expectStatus().isOk();
		}
		String retryAfter = me(first, "en").expectStatus()
			.isEqualTo(429)
			.expectHeader()
			.contentTypeCompatibleWith("application/problem+json")
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("urn:dealgraph:problem:too-many-requests")
			.jsonPath("$.title")
			.isEqualTo("Too many requests")
			.returnResult()
			.getResponseHeaders()
			.getFirst(HttpHeaders.RETRY_AFTER);
		assertThat(retryAfter).matches("[1-9][0-9]*");
		assertThat(Long.parseLong(retryAfter)).isBetween(1L, 3000L);
		String body = me(first, "zh-CN").expectStatus()
			.isEqualTo(429)
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(body).contains("请求过多")
			.doesNotContain("Exception")
			.doesNotContain("resilience4j")
			.doesNotContain("dev.dealgraph")
			.doesNotContain("\tat ");
		assertThat(output.getAll()).doesNotContain("\tat ");
		me(second, "en").expectStatus().isOk();
	}

	@Test
	void aTokenUserHasOneAllowanceWhateverTokenTheyBring() {
		for (int i = 0; i < 3; i++) {
			me("Bearer " + CompanyIssuer.signed(CompanyIssuer.claims("noa").claim("groups", List.of("t" + i))), "en")
				.expectStatus()
				.isOk();
		}
		me("Bearer " + CompanyIssuer.signed(CompanyIssuer.claims("noa")), "en").expectStatus().isEqualTo(429);
		me("Bearer " + CompanyIssuer.signed(CompanyIssuer.claims("ola")), "en").expectStatus().isOk();
	}

	@Test
	void anonymousHealthChecksAreNotCounted() {
		for (int i = 0; i < 5; i++) {
			this.http.get()
				.uri("/actuator/health/readiness")
				.header(HttpHeaders.AUTHORIZATION, "")
				.exchange()
				.expectStatus()
				.isOk();
		}
	}

	private ResponseSpec me(String authorization, String language) {
		return this.http.get()
			.uri("/api/v1/me")
			.header(HttpHeaders.AUTHORIZATION, authorization)
			.header(HttpHeaders.ACCEPT_LANGUAGE, language)
			.exchange();
	}

}
