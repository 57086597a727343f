package dev.dealgraph.paths;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.dealgraph.DemoMap;
import dev.dealgraph.IntegrationTest;
import dev.dealgraph.TeamUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Path answers as a caller who is not an admin sees them, over the demo: Kestrel's people
 * are hidden from a reader of Nordlicht, so no path runs through them and asking about
 * them answers as if they did not exist.
 */
@IntegrationTest
class HiddenPeoplePathsTests {

	@Autowired
	RestTestClient http;

	@Autowired
	JsonMapper json;

	String nordlicht;

	@BeforeEach
	void demo() {
		DemoMap.load(this.http);
		this.nordlicht = TeamUsers.reader(this.http, "nora", "nordlicht");
	}

	@Test
	void anotherAccountsDealAnswersLikeAMissingDeal() {
		assertHiddenLikeMissing("/api/v1/deals/%s/paths", "kestrel-wms", "no-such-deal");
		assertHiddenLikeMissing("/api/v1/deals/%s/paths?k=2&from=all", "kestrel-yard", "no-such-deal");
	}

	@Test
	void anotherAccountsPersonAnswersLikeAMissingPerson() {
		assertHiddenLikeMissing("/api/v1/people/%s/paths", "stefan-kruger", "no-such-person");
		assertHiddenLikeMissing("/api/v1/deals/nordlicht-field/paths?to=%s", "stefan-kruger", "no-such-person");
		assertHiddenLikeMissing("/api/v1/deals/nordlicht-field/paths?via=%s", "stefan-kruger", "no-such-person");
		assertHiddenLikeMissing("/api/v1/deals/nordlicht-field/paths?avoid=elif-yilmaz,%s", "stefan-kruger",
				"no-such-person");
		// the admin knows him, so the 404 is about who asks
		this.http.get().uri("/api/v1/people/stefan-kruger/paths").exchange().expectStatus().isOk();
	}

	@Test
	void pathsRunOnlyThroughPeopleTheCallerMayRead() {
		// Lars knows Stefan Krüger of Kestrel; a tie from him to Nordlicht's
		// decision-maker
		// opens a way through Kestrel
		tie("stefan-kruger", "juergen-baumann", 0.9);
		String uri = "/api/v1/deals/nordlicht-field/paths?k=50&maxHops=2";
		List<List<String>> seenByAdmin = routes(get(uri, null));
		List<List<String>> seenByReader = routes(get(uri, this.nordlicht));
		assertThat(seenByAdmin).contains(List.of("lars-oberg", "stefan-kruger", "juergen-baumann"));
		assertThat(seenByReader)
			.isEqualTo(seenByAdmin.stream().filter((route) -> !route.contains("stefan-kruger")).toList());
		assertThat(seenByReader).contains(List.of("yuki-sato", "juergen-baumann"),
				List.of("yuki-sato", "elif-yilmaz", "juergen-baumann"));
		assertThat(getText(uri, this.nordlicht)).doesNotContain("stefan-kruger", "Stefan");
	}

	@Test
	void companyWidePathsRunOnlyThroughPeopleTheCallerMayRead() {
		tie("stefan-kruger", "juergen-baumann", 0.9);
		tie("amy-chen", "stefan-kruger", 0.95);
		String uri = "/api/v1/people/juergen-baumann/paths?k=50&maxHops=2";
		List<List<String>> seenByAdmin = routes(get(uri, null));
		List<List<String>> seenByReader = routes(get(uri, this.nordlicht));
		assertThat(seenByAdmin).contains(List.of("amy-chen", "stefan-kruger", "juergen-baumann"));
		assertThat(seenByReader).isNotEmpty()
			.isEqualTo(seenByAdmin.stream().filter((route) -> !route.contains("stefan-kruger")).toList());
		assertThat(getText(uri, this.nordlicht)).doesNotContain("stefan-kruger", "Stefan");
	}

	@Test
	void aUserLinkedToAColleagueSeesTheDealsThatColleagueIsOnWithoutAGrant() {
		String tomasz = TeamUsers.colleague(this.http, "tom", "tomasz-wojcik");
		// Noah Williams is on no deal of Tomasz's: a way to the yard's board through him
		// is for the admin only
		tie("tomasz-wojcik", "noah-williams", 0.9);
		String uri = "/api/v1/deals/kestrel-yard/paths?k=50";
		JsonNode answer = get(uri, tomasz);
		List<List<String>> seen = routes(answer);
		assertThat(seen).isNotEmpty();
		// Tomasz is on the yard and telematics deals: their stakeholders, the people at
		// no
		// account and our colleagues are readable; the rest of Kestrel is not
		Set<String> readable = new HashSet<>(List.of("marco-bianchi", "laura-fernandez", "oluwaseun-adeyemi",
				"amy-chen", "lars-oberg", "priya-raman", "tomasz-wojcik", "yuki-sato"));
		for (String deal : List.of("kestrel-yard", "kestrel-telematics")) {
			get("/api/v1/deals/" + deal + "/stakeholders", null)
				.forEach((s) -> readable.add(s.get("personId").asString()));
		}
		assertThat(seen.stream().flatMap(List::stream)).allMatch(readable::contains);
		assertThat(routes(get(uri, null)).stream().flatMap(List::stream)).contains("noah-williams");
		assertHiddenLikeMissing("/api/v1/deals/%s/paths", "kestrel-wms", "no-such-deal", tomasz);
		assertHiddenLikeMissing("/api/v1/deals/kestrel-yard/paths?via=%s", "zhang-li", "no-such-person", tomasz);
	}

	private void assertHiddenLikeMissing(String template, String hidden, String missing) {
		assertHiddenLikeMissing(template, hidden, missing, this.nordlicht);
	}

	/** Same status, same body, but for the id itself. */
	private void assertHiddenLikeMissing(String template, String hidden, String missing, String key) {
		var hiddenAnswer = exchange(template.formatted(hidden), key);
		var missingAnswer = exchange(template.formatted(missing), key);
		assertThat(hiddenAnswer.status()).isEqualTo(404);
		assertThat(missingAnswer.status()).isEqualTo(404);
		assertThat(hiddenAnswer.body()).isEqualTo(missingAnswer.body().replace(missing, hidden));
	}

	private record Answer(int status, String body) {
	}

	private Answer exchange(String uri, String key) {
		var result = this.http.get()
			.uri(uri)
			.header("Authorization", "Bearer " + key)
			.exchange()
			.returnResult(String.class);
		return new Answer(result.getStatus().value(), result.getResponseBody());
	}

	private void tie(String from, String to, double strength) {
		this.http.put()
			.uri("/api/v1/relationships/KNOWS/{from}/{to}", from, to)
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("strength", strength))
			.exchange()
			.expectStatus()
			.is2xxSuccessful();
	}

	private static List<List<String>> routes(JsonNode answer) {
		List<List<String>> routes = new ArrayList<>();
		for (JsonNode target : answer.get("targets")) {
			for (JsonNode path : target.get("paths")) {
				List<String> nodes = new ArrayList<>();
				nodes.add(path.get("start").get("id").asString());
				path.get("steps").forEach((step) -> nodes.add(step.get("to").get("id").asString()));
				routes.add(nodes);
			}
		}
		return routes;
	}

	private JsonNode get(String uri, String key) {
		return this.json.readTree(getText(uri, key));
	}

	private String getText(String uri, String key) {
		var request = this.http.get().uri(uri);
		if (key != null) {
			request.header("Authorization", "Bearer " + key);
		}
		return request.exchange().expectStatus().isOk().returnResult(String.class).getResponseBody();
	}

}
