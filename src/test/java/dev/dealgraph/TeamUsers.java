package dev.dealgraph;

import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * Users who are not admins, made through the admin API as an administrator would make
 * them; each call answers the new user's API key.
 */
public final class TeamUsers {

	private TeamUsers() {
	}

	/** A user in a team of their own that holds READ on {@code accountId} only. */
	public static String reader(RestTestClient http, String userId, String accountId) {
		put(http, "/api/v1/admin/users/" + userId, Map.of("name", "Reader " + userId));
		put(http, "/api/v1/admin/teams/team-" + userId, Map.of("name", "Team of " + userId));
		put(http, "/api/v1/admin/teams/team-" + userId + "/members/" + userId, null);
		put(http, "/api/v1/admin/teams/team-" + userId + "/grants/" + accountId, Map.of("level", "READ"));
		return key(http, userId);
	}

	/** A user in no team, linked to one of our colleagues. */
	public static String colleague(RestTestClient http, String userId, String colleagueId) {
		put(http, "/api/v1/admin/users/" + userId, Map.of("name", "Colleague " + userId, "colleagueId", colleagueId));
		return key(http, userId);
	}

	private static String key(RestTestClient http, String userId) {
		Map<?, ?> issued = http.post()
			.uri("/api/v1/admin/users/{id}/keys", userId)
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("name", "tests"))
			.exchange()
			.expectStatus()
			.isCreated()
			.returnResult(Map.class)
			.getResponseBody();
		return (String) issued.get("secret");
	}

	private static void put(RestTestClient http, String uri, Map<String, String> body) {
		RestTestClient.RequestBodySpec request = http.put().uri(uri).contentType(MediaType.APPLICATION_JSON);
		if (body != null) {
			request.body(body);
		}
		request.exchange().expectStatus().value((status) -> {
			if (!HttpStatus.valueOf(status).is2xxSuccessful()) {
				throw new AssertionError(uri + " answered " + status);
			}
		});
	}

}
