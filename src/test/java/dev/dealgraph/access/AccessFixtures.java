package dev.dealgraph.access;

import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

/** Users, teams, grants and keys made through the admin API, as an admin would. */
public final class AccessFixtures {

	private AccessFixtures() {
	}

	/**
	 * A user in their own team that holds {@code level} on each of {@code accounts}; the
	 * secret of a new key for them.
	 */
	public static String user(RestTestClient admin, String userId, @Nullable String colleagueId, String level,
			String... accounts) {
		String body = (colleagueId != null) ? "{\"name\":\"" + userId + "\",\"colleagueId\":\"" + colleagueId + "\"}"
				: "{\"name\":\"" + userId + "\"}";
		put(admin, "/api/v1/admin/users/" + userId, body);
		String team = "team-" + userId;
		put(admin, "/api/v1/admin/teams/" + team, "{\"name\":\"Team of " + userId + "\"}");
		put(admin, "/api/v1/admin/teams/" + team + "/members/" + userId, "");
		for (String account : accounts) {
			put(admin, "/api/v1/admin/teams/" + team + "/grants/" + account, "{\"level\":\"" + level + "\"}");
		}
		return key(admin, userId);
	}

	/** The secret of a new key for the user. */
	public static String key(RestTestClient admin, String userId) {
		JsonNode issued = admin.post()
			.uri("/api/v1/admin/users/" + userId + "/keys")
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"name\":\"test\"}")
			.exchange()
			.expectStatus()
			.isCreated()
			.returnResult(JsonNode.class)
			.getResponseBody();
		return issued.get("secret").asString();
	}

	/** The headers of a request made with this key. */
	public static Map<String, String> bearer(String secret) {
		return Map.of("Authorization", "Bearer " + secret);
	}

	private static void put(RestTestClient admin, String uri, String body) {
		RestTestClient.RequestBodySpec request = admin.put().uri(uri);
		if (!body.isEmpty()) {
			request.contentType(MediaType.APPLICATION_JSON).body(body);
		}
		request.exchange().expectStatus().is2xxSuccessful();
	}

}
