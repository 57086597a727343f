package dev.dealgraph;

import dev.dealgraph.access.AccessFixtures;

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
		return AccessFixtures.user(http, userId, null, "READ", accountId);
	}

	/** A user in a team with no grant, linked to one of our colleagues. */
	public static String colleague(RestTestClient http, String userId, String colleagueId) {
		return AccessFixtures.user(http, userId, colleagueId, "READ");
	}

}
