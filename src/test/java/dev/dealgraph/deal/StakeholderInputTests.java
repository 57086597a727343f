package dev.dealgraph.deal;

import java.util.function.Consumer;

import dev.dealgraph.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/** A stakeholder's roles are taken as sent or refused: never cleaned up silently. */
@IntegrationTest
class StakeholderInputTests {

	@Autowired
	RestTestClient http;

	@Autowired
	Neo4jClient client;

	@BeforeEach
	void aDealWithAPerson() {
		this.http.post()
			.uri("/api/v1/import")
			.contentType(MediaType.APPLICATION_JSON)
			.body("""
					{"accounts":[{"id":"acme","name":"ACME"}],
					 "people":[{"id":"li","accountId":"acme","name":"Li"}],
					 "deals":[{"id":"core","accountId":"acme","name":"Core","stage":"DESIGN"}]}""")
			.exchange()
			.expectStatus()
			.isOk();
	}

	@Test
	void aNullRoleIsRefusedNamingItsPlace() {
		refused("{\"roles\":[\"COACH\",null]}", "roles[1]");
	}

	@Test
	void aRoleNamedTwiceIsRefused() {
		refused("{\"roles\":[\"COACH\",\"USER\",\"COACH\"]}", "roles");
	}

	@Test
	void aHundredThousandCopiesOfOneRoleAreRefusedNotFoldedIntoOne() {
		refused("{\"roles\":[" + "\"COACH\",".repeat(99_999) + "\"COACH\"]}", "roles");
	}

	@Test
	void rolesInAnyOrderAreStoredInOneOrder() {
		this.http.put()
			.uri("/api/v1/deals/core/stakeholders/li")
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"roles\":[\"USER\",\"COACH\"]}")
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody()
			.jsonPath("$.roles")
			.isEqualTo(java.util.List.of("USER", "COACH"));
	}

	private void refused(String body, String field) {
		this.http.put()
			.uri("/api/v1/deals/core/stakeholders/li")
			.contentType(MediaType.APPLICATION_JSON)
			.body(body)
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[*].field")
			.value((Consumer<Object>) (fields) -> assertThat(fields.toString()).contains(field));
		assertThat(this.client.query("MATCH ()-[r:IN_DEAL]->() RETURN count(r)").fetchAs(Long.class).one())
			.contains(0L);
	}

}
