package dev.dealgraph.access;

import java.util.List;

import dev.dealgraph.access.AccessMatrix.At;
import dev.dealgraph.access.MatrixHttp.Req;
import org.jspecify.annotations.Nullable;

/** The paths and bodies the rows of the access matrix send. */
final class MatrixRequests {

	static final String ROLES = "{\"roles\":[\"USER\"]}";

	static final String STRENGTH = "{\"strength\":0.5}";

	/** Every colleague of the demo: every caller reads them all. */
	static final List<String> COLLEAGUES = List.of("amy-chen", "lars-oberg", "priya-raman", "tomasz-wojcik",
			"yuki-sato");

	private MatrixRequests() {
	}

	/** An erasure on request of the samples' erasable person. */
	static Req erase(MatrixSamples s) {
		return new Req("POST", person(s.erasable()) + "/erasure", null);
	}

	static Req people(String person) {
		return Req.post("/api/v1/import", "{\"people\":[" + person + "]}");
	}

	static String account(MatrixSamples s) {
		return "/api/v1/accounts/" + s.account();
	}

	static String person(String id) {
		return "/api/v1/people/" + id;
	}

	static String deal(String id) {
		return "/api/v1/deals/" + id;
	}

	static String named(@Nullable String id) {
		return (id != null) ? "{\"id\":\"" + id + "\",\"name\":\"Matrix\"}" : "{\"name\":\"Matrix\"}";
	}

	static String person(@Nullable String id, MatrixSamples at) {
		return "{" + ((id != null) ? "\"id\":\"" + id + "\"," : "") + "\"accountId\":\"" + at.account()
				+ "\",\"name\":\"Matrix Person\"}";
	}

	static String deal(@Nullable String id, MatrixSamples at) {
		return "{" + ((id != null) ? "\"id\":\"" + id + "\"," : "") + "\"accountId\":\"" + at.account()
				+ "\",\"name\":\"Matrix Deal\",\"stage\":\"DESIGN\"}";
	}

	/**
	 * A visit to the samples' person by the colleague who already knows them, so a
	 * recorded one moves a last contact and adds no tie.
	 */
	static String interaction(String id, MatrixSamples at) {
		String colleague = at.account().equals("kestrel") ? "lars-oberg" : "yuki-sato";
		return "{\"id\":\"" + id + "\",\"personId\":\"" + at.person() + "\",\"colleagueId\":\"" + colleague
				+ "\",\"date\":\"2026-11-30\",\"kind\":\"VISIT\"}";
	}

	static String factPerson(MatrixSamples s) {
		return s.fact().split("/")[1];
	}

	/**
	 * The demo's tie between the accounts, with the target's end put in for the other's.
	 */
	static String crossTie(At a) {
		return "KNOWS/" + a.t().cross() + "/" + a.own().cross();
	}

	/** The calendar feed of a colleague. */
	static String feed(String colleagueId) {
		return "/api/v1/colleagues/" + colleagueId + "/calendar-feed";
	}

	/** A colleague on deals at the samples' account only. */
	static String teamColleague(MatrixSamples s) {
		return s.account().equals("kestrel") ? "amy-chen" : "yuki-sato";
	}

	/** The team holding EDIT on the target's account. */
	static String team(MatrixSamples s) {
		return s.account().equals("kestrel") ? "team-kira"
				: (s.account().equals("nordlicht") ? "team-nina" : "team-" + s.account());
	}

}
