package dev.dealgraph.system;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A valid request for every endpoint that takes a body, so that the one hostile value is
 * the only thing wrong with it, and where the stored object can be read back. {@code $ID}
 * stands for a fresh id, so a create that is accepted makes a new object each time.
 */
final class InjectionTargets {

	/**
	 * One body endpoint as exercised.
	 *
	 * @param endpoint {@code METHOD /pattern}, as the request mappings say
	 * @param uri the request's path
	 * @param body a valid body
	 * @param readBack where each top-level part of the body is read back, by its name
	 * ({@code ""} for a single object); null reads the written answer itself
	 */
	record Target(String endpoint, String uri, String body, @Nullable Map<String, String> readBack) {

		String method() {
			return this.endpoint.substring(0, this.endpoint.indexOf(' '));
		}

	}

	/** What every target needs to exist first. */
	static final List<String[]> SEED = List.of(
			new String[] { "/api/v1/accounts", "{\"id\":\"acme\",\"name\":\"ACME\"}" },
			new String[] { "/api/v1/colleagues", "{\"id\":\"amy\",\"name\":\"Amy\"}" },
			new String[] { "/api/v1/people", "{\"id\":\"li\",\"accountId\":\"acme\",\"name\":\"Li\"}" },
			new String[] { "/api/v1/people", "{\"id\":\"wu\",\"accountId\":\"acme\",\"name\":\"Wu\"}" },
			new String[] { "/api/v1/deals",
					"{\"id\":\"d1\",\"accountId\":\"acme\",\"name\":\"D\",\"stage\":\"DESIGN\"}" },
			new String[] { "/api/v1/admin/users/u1", "{\"name\":\"U\"}" },
			new String[] { "/api/v1/admin/teams/t1", "{\"name\":\"T\"}" });

	static final String DOCUMENT = """
			{"accounts": [{"id": "imp-a", "name": "A", "events": [{"name": "E", "date": "2026-12-01", "yearly": false}]}],
			 "colleagues": [{"id": "imp-c", "name": "C"}],
			 "people": [{"id": "imp-p", "accountId": "imp-a", "name": "P"}],
			 "deals": [{"id": "imp-d", "accountId": "imp-a", "name": "D", "stage": "DESIGN",
			            "team": [{"colleagueId": "imp-c", "role": "AE"}]}],
			 "stakeholders": [{"dealId": "imp-d", "personId": "imp-p", "roles": ["USER"]}],
			 "relationships": [{"type": "CONFLICTS_WITH", "from": "imp-p", "to": "imp-c", "note": "n"},
			                   {"type": "KNOWS", "from": "imp-c", "to": "imp-p", "strength": 0.5, "level": "FRIEND"}],
			 "interactions": [{"id": "imp-i", "personId": "imp-p", "colleagueId": "imp-c", "date": "2026-11-01",
			                   "kind": "CALL", "dealId": "imp-d", "note": "n"}],
			 "trustHistory": [{"from": "imp-c", "to": "imp-p", "level": "OUTSIDER", "on": "2026-10-01"}]}""";

	static final Map<String, String> DOCUMENT_PARTS = Map.of("accounts", "/api/v1/accounts/imp-a", "colleagues",
			"/api/v1/colleagues/imp-c", "people", "/api/v1/people/imp-p", "deals", "/api/v1/deals/imp-d",
			"stakeholders", "/api/v1/deals/imp-d/stakeholders/imp-p", "relationships",
			"/api/v1/relationships/CONFLICTS_WITH/imp-p/imp-c", "interactions", "/api/v1/interactions/imp-i");

	private InjectionTargets() {
	}

	static List<Target> all() {
		return List.of(single("POST /api/v1/accounts", "/api/v1/accounts",
				"{\"id\":\"$ID\",\"name\":\"A\",\"events\":[{\"name\":\"E\",\"date\":\"2026-12-01\",\"yearly\":false}]}",
				"/api/v1/accounts/$ID"),
				single("PUT /api/v1/accounts/{id}", "/api/v1/accounts/acme",
						"{\"name\":\"A\",\"events\":[{\"name\":\"E\",\"date\":\"2026-12-01\",\"yearly\":false}]}",
						"/api/v1/accounts/acme"),
				single("POST /api/v1/people", "/api/v1/people",
						"{\"id\":\"$ID\",\"accountId\":\"acme\",\"name\":\"P\"}", "/api/v1/people/$ID"),
				single("PUT /api/v1/people/{id}", "/api/v1/people/li", "{\"accountId\":\"acme\",\"name\":\"Li\"}",
						"/api/v1/people/li"),
				single("POST /api/v1/colleagues", "/api/v1/colleagues", "{\"id\":\"$ID\",\"name\":\"C\"}",
						"/api/v1/colleagues/$ID"),
				single("PUT /api/v1/colleagues/{id}", "/api/v1/colleagues/amy", "{\"name\":\"Amy\"}",
						"/api/v1/colleagues/amy"),
				single("POST /api/v1/deals", "/api/v1/deals",
						"{\"id\":\"$ID\",\"accountId\":\"acme\",\"name\":\"D\","
								+ "\"stage\":\"DESIGN\",\"team\":[{\"colleagueId\":\"amy\",\"role\":\"AE\"}]}",
						"/api/v1/deals/$ID"),
				single("PUT /api/v1/deals/{id}", "/api/v1/deals/d1",
						"{\"accountId\":\"acme\",\"name\":\"D\","
								+ "\"stage\":\"DESIGN\",\"team\":[{\"colleagueId\":\"amy\",\"role\":\"AE\"}]}",
						"/api/v1/deals/d1"),
				single("PUT /api/v1/deals/{dealId}/stakeholders/{personId}", "/api/v1/deals/d1/stakeholders/li",
						"{\"roles\":[\"USER\"]}", "/api/v1/deals/d1/stakeholders/li"),
				single("PUT /api/v1/relationships/{type}/{from}/{to}", "/api/v1/relationships/KNOWS/amy/li",
						"{\"strength\":0.5}", "/api/v1/relationships/KNOWS/amy/li"),
				single("PUT /api/v1/relationships/{type}/{from}/{to}", "/api/v1/relationships/CONFLICTS_WITH/li/wu",
						"{}", "/api/v1/relationships/CONFLICTS_WITH/li/wu"),
				single("PUT /api/v1/relationships/{type}/{from}/{to}", "/api/v1/relationships/REPORTS_TO/li/wu", "{}",
						"/api/v1/relationships/REPORTS_TO/li/wu"),
				new Target("POST /api/v1/import", "/api/v1/import", DOCUMENT, DOCUMENT_PARTS),
				// no read of one interaction: the answer is what was stored
				new Target("POST /api/v1/interactions", "/api/v1/interactions",
						"{\"id\":\"$ID\",\"personId\":\"li\",\"colleagueId\":\"amy\",\"date\":\"2026-11-01\","
								+ "\"kind\":\"CALL\",\"dealId\":\"d1\",\"note\":\"n\"}",
						null),
				single("PUT /api/v1/admin/users/{id}", "/api/v1/admin/users/u1", "{\"name\":\"U\"}",
						"/api/v1/admin/users/u1"),
				single("PUT /api/v1/admin/teams/{id}", "/api/v1/admin/teams/t1", "{\"name\":\"T\"}",
						"/api/v1/admin/teams/t1"),
				new Target("POST /api/v1/admin/users/{id}/keys", "/api/v1/admin/users/u1/keys", "{\"name\":\"k\"}",
						null),
				single("PUT /api/v1/admin/teams/{teamId}/grants/{accountId}", "/api/v1/admin/teams/t1/grants/acme",
						"{\"level\":\"READ\"}", null));
	}

	/** A valid value for each path variable, by name, where only one is hostile. */
	static String pathValue(String name) {
		return switch (name) {
			case "type" -> "KNOWS";
			case "from" -> "amy";
			case "to", "personId" -> "li";
			case "dealId" -> "d1";
			case "teamId" -> "t1";
			case "userId" -> "u1";
			default -> "acme";
		};
	}

	private static Target single(String endpoint, String uri, String body, @Nullable String readBack) {
		return new Target(endpoint, uri, body, (readBack != null) ? Map.of("", readBack) : null);
	}

}
