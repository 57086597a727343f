package dev.dealgraph.access;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

import dev.dealgraph.account.Account;
import dev.dealgraph.account.Accounts;
import dev.dealgraph.system.Level;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.test.web.servlet.client.RestTestClient.ResponseSpec;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Company sign-in: a JWT from the configured issuer stands for its subject, with the
 * teams its {@code groups} claim names; anything else about the token being wrong is a
 * 401, and API keys keep working next to it. Each test uses callers of its own, since
 * every caller may send only three requests here.
 */
class CompanyTokenTests extends CompanyIssuerContext {

	@Autowired
	RestTestClient http;

	@Autowired
	AccessAdmin admin;

	@Autowired
	Accounts accounts;

	@BeforeEach
	void aTeamThatMayReadOneAccount() {
		this.accounts.write(List.of(new Account("acme", "ACME", null, null, null, null, List.of()),
				new Account("globex", "Globex", null, null, null, null, List.of())));
		this.admin.putTeam("emea", "EMEA sales");
		this.admin.grant("emea", "acme", Level.READ);
	}

	@Test
	void aTokenReadsTheAccountsItsTeamsAreGrantedAndNoOther() {
		String token = CompanyIssuer.signed(CompanyIssuer.claims("ana").claim("groups", List.of("emea")));
		get("/api/v1/accounts/acme", token).expectStatus().isOk().expectBody().jsonPath("$.name").isEqualTo("ACME");
		get("/api/v1/accounts/globex", token).expectStatus()
			.isNotFound()
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("urn:dealgraph:problem:not-found");
	}

	@Test
	void theCallerIsTheTokensSubjectWithItsTeamsGrants() {
		String token = CompanyIssuer.signed(CompanyIssuer.claims("bo").claim("groups", List.of("emea", "apac")));
		get("/api/v1/me", token).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.userId")
			.isEqualTo("bo")
			.jsonPath("$.admin")
			.isEqualTo(false)
			.jsonPath("$.teams")
			.isEqualTo(List.of("apac", "emea"))
			.jsonPath("$.grants")
			.isEqualTo(Map.of("acme", "READ"))
			.jsonPath("$.keyId")
			.doesNotExist();
		get("/api/v1/admin/users", token).expectStatus()
			.isForbidden()
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("urn:dealgraph:problem:forbidden");
	}

	@Test
	void theAdminTeamMakesAnAdmin() {
		String token = CompanyIssuer.signed(CompanyIssuer.claims("cy").claim("groups", List.of(ADMIN_TEAM)));
		get("/api/v1/admin/users", token).expectStatus().isOk();
		get("/api/v1/accounts/globex", token).expectStatus().isOk();
	}

	@Test
	void wrongTokensAreRefused() {
		Instant past = Instant.now().minusSeconds(3600);
		Map<String, String> tokens = Map.of("expired",
				CompanyIssuer.signed(CompanyIssuer.claims("dee")
					.issueTime(Date.from(past))
					.expirationTime(Date.from(past.plusSeconds(600)))),
				"signed by a stranger", CompanyIssuer.signedByAStranger(CompanyIssuer.claims("dee")), "another issuer",
				CompanyIssuer.signed(CompanyIssuer.claims("dee").issuer("https://login.elsewhere.example")),
				"no subject", CompanyIssuer.signed(CompanyIssuer.claims("dee").subject(null)), "teams not a list",
				CompanyIssuer.signed(CompanyIssuer.claims("dee").claim("groups", Map.of("emea", 1))), "not a token",
				"not.a.token");
		tokens.forEach((what, token) -> {
			EntityExchangeResult<String> result = get("/api/v1/accounts/acme", token).expectBody(String.class)
				.returnResult();
			assertThat(result.getStatus().value()).as(what).isEqualTo(401);
			assertThat(result.getResponseHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).as(what)
				.isEqualTo("Bearer error=\"invalid_token\"");
			assertThat(result.getResponseBody()).as(what)
				.contains("\"type\":\"urn:dealgraph:problem:unauthorized\"")
				.doesNotContain("Exception")
				.doesNotContain("org.springframework")
				.doesNotContain("nimbus");
		});
	}

	@Test
	void apiKeysStillWorkNextToTokens() {
		this.admin.putUser("kim", "Kim", false, null);
		this.admin.join("emea", "kim");
		String key = this.admin.issueKey("kim", "script").secret();
		this.http.get()
			.uri("/api/v1/accounts/acme")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + key)
			.exchange()
			.expectStatus()
			.isOk();
		this.http.get()
			.uri("/api/v1/accounts/acme")
			.header(HttpHeaders.AUTHORIZATION, "Bearer dgk_revoked-or-never-issued")
			.exchange()
			.expectStatus()
			.isUnauthorized();
	}

	private ResponseSpec get(String path, String token) {
		return this.http.get().uri(path).header(HttpHeaders.AUTHORIZATION, "Bearer " + token).exchange();
	}

}
