package dev.dealgraph;

import tools.jackson.databind.JsonNode;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * Makes other callers than the admin through the admin API, as an admin would: a user, a
 * team holding a grant on one account, and the user's key.
 */
public final class Users {

	private Users() {
	}

	/** A new user with a key; its secret. */
	public static String user(RestTestClient http, String userId, boolean admin) {
		put(http, "/api/v1/admin/users/" + userId, "{\"name\":\"" + userId + "\",\"admin\":" + admin + "}");
		JsonNode key = http.post()
			.uri("/api/v1/admin/users/" + userId + "/keys")
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"name\":\"" + userId + " laptop\"}")
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
		return key.get("secret").asString();
	}

	/** A new user in a new team that holds {@code level} on the account; its secret. */
	public static String member(RestTestClient http, String userId, String accountId, String level) {
		String secret = user(http, userId, false);
		put(http, "/api/v1/admin/teams/" + userId + "-team", "{\"name\":\"" + userId + "'s team\"}");
		put(http, "/api/v1/admin/teams/" + userId + "-team/members/" + userId, null);
		put(http, "/api/v1/admin/teams/" + userId + "-team/grants/" + accountId, "{\"level\":\"" + level + "\"}");
		return secret;
	}

	private static void put(RestTestClient http, String uri, String body) {
		RestTestClient.RequestBodySpec request = http.put().uri(uri);
		if (body != null) {
			request.contentType(MediaType.APPLICATION_JSON).body(body);
		}
		request.exchange().expectStatus().is2xxSuccessful();
	}

}
