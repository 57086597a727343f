package dev.dealgraph.access;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.dealgraph.AdminKeyClient;
import dev.dealgraph.DemoMap;
import dev.dealgraph.IntegrationTest;
import dev.dealgraph.access.AccessMatrix.At;
import dev.dealgraph.access.AccessMatrix.Caller;
import dev.dealgraph.access.AccessMatrix.Cell;
import dev.dealgraph.access.MatrixHttp.Req;
import dev.dealgraph.access.MatrixProbes.Probe;
import dev.dealgraph.access.MatrixProbes.Status;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static dev.dealgraph.access.MatrixProbes.everyone;
import static dev.dealgraph.access.MatrixProbes.likeMissing;
import static dev.dealgraph.access.MatrixProbes.list;
import static dev.dealgraph.access.MatrixProbes.own;
import static dev.dealgraph.access.MatrixProbes.read;
import static dev.dealgraph.access.MatrixProbes.refusedLikeRead;
import static dev.dealgraph.access.MatrixProbes.refusedNaming;
import static dev.dealgraph.access.MatrixRequests.COLLEAGUES;
import static dev.dealgraph.access.MatrixRequests.ROLES;
import static dev.dealgraph.access.MatrixRequests.STRENGTH;
import static dev.dealgraph.access.MatrixRequests.account;
import static dev.dealgraph.access.MatrixRequests.crossTie;
import static dev.dealgraph.access.MatrixRequests.deal;
import static dev.dealgraph.access.MatrixRequests.erase;
import static dev.dealgraph.access.MatrixRequests.factPerson;
import static dev.dealgraph.access.MatrixRequests.feed;
import static dev.dealgraph.access.MatrixRequests.interaction;
import static dev.dealgraph.access.MatrixRequests.named;
import static dev.dealgraph.access.MatrixRequests.people;
import static dev.dealgraph.access.MatrixRequests.person;
import static dev.dealgraph.access.MatrixRequests.team;
import static dev.dealgraph.access.MatrixRequests.teamColleague;
import static dev.dealgraph.access.MatrixSamples.relationship;
import static dev.dealgraph.access.MatrixSamples.stakeholder;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Object-level access of every endpoint, the BOLA matrix of issue 10: three teams on the
 * demo (EDIT on kestrel, READ on kestrel, EDIT on nordlicht), each endpoint exercised on
 * the caller's own objects, the other team's and ids nothing has. The rows come from the
 * request mappings: an endpoint without a row fails, and so does a row without one.
 */
@IntegrationTest
class ObjectAccessMatrixTests {

	/** Framework endpoints, not ours: the API documentation and the error page. */
	static final List<String> FRAMEWORK = List.of("/v3/api-docs", "/swagger-ui", "/error", "/actuator");

	static final Status EDITS = new Status(200, 403);

	static final Status CREATES = new Status(201, 403);

	static final Status DELETES = new Status(204, 403);

	static final Status HIDDEN = new Status(404, 404);

	static final JsonMapper json = JsonMapper.builder().build();

	@Autowired
	RestTestClient admin;

	@Autowired
	Neo4jClient client;

	@Autowired
	ApplicationContext context;

	@LocalServerPort
	int port;

	AccessMatrix matrix;

	/** One line per endpoint: how to exercise it, and what each cell must answer. */
	List<Row> table() {
		return List.of(
				row("GET /api/v1/accounts", list((a) -> "/api/v1/accounts?size=200", (s) -> List.of(s.account()))),
				row("GET /api/v1/accounts/{id}", read((a) -> account(a.t()))),
				row("POST /api/v1/accounts", everyone((a) -> Req.post("/api/v1/accounts", named(a.fresh("a"))), 403)),
				row("PUT /api/v1/accounts/{id}", own((a) -> replace(account(a.t())), EDITS),
						refusedLikeRead((a) -> Req.put(account(a.t()), named(null))),
						own((a) -> Req.put("/api/v1/accounts/" + a.fresh("a"), named(null)), new Status(403, 403))),
				row("DELETE /api/v1/accounts/{id}", own((a) -> Req.delete(account(a.t())), new Status(403, 403)),
						likeMissing((a) -> Req.delete(account(a.t())), HIDDEN)),
				row("GET /api/v1/accounts/{id}/export", read((a) -> account(a.t()) + "/export", MatrixSamples::owns)),
				row("GET /api/v1/accounts/{accountId}/assessment", read(
						(a) -> account(a.t()) + "/assessment")),
				row("GET /api/v1/accounts/{accountId}/health", read((a) -> account(a.t()) + "/health?months=3")),
				row("GET /api/v1/people", list((a) -> "/api/v1/people?size=200", (s) -> List.of(s.person())),
						filtered((a) -> "/api/v1/people?size=200&accountId=" + a.t().account())),
				row("GET /api/v1/people/{id}", read((a) -> person(a.t().person()))),
				row("POST /api/v1/people",
						own((a) -> Req.post("/api/v1/people", person(a.fresh("posted"), a.own())), CREATES),
						likeMissing((a) -> Req.post("/api/v1/people", person(a.fresh("posted"), a.t())),
								new Status(400, 400))),
				row("PUT /api/v1/people/{id}", own((a) -> replace(person(a.t().person())), EDITS),
						refusedLikeRead((a) -> Req.put(person(a.t().person()), person(null, a.own()))),
						own((a) -> Req.put(person(a.fresh("put")), person(null, a.own())), CREATES),
						likeMissing((a) -> moved(person(a.own().person()), a.t()), new Status(400, 403))),
				row("DELETE /api/v1/people/{id}", own((a) -> Req.delete(person(a.t().doomedPerson())), DELETES),
						likeMissing((a) -> Req.delete(person(a.t().doomedPerson())), HIDDEN)),
				row("GET /api/v1/people/{personId}/paths", read((a) -> person(a.t().person()) + "/paths")),
				row("GET /api/v1/people/{id}/personal-data", read((a) -> person(a.t().person()) + "/personal-data")),
				row("POST /api/v1/people/{id}/erasure", own((a) -> erase(a.t()), new Status(200, 403)),
						likeMissing((a) -> erase(a.t()), HIDDEN)),
				row("GET /api/v1/colleagues", list((a) -> "/api/v1/colleagues?size=200", (s) -> COLLEAGUES)),
				row("GET /api/v1/colleagues/{id}", everyone((a) -> Req.get("/api/v1/colleagues/amy-chen"), 200),
						everyone((a) -> Req.get("/api/v1/colleagues/nothing-colleague"), 404)),
				row("POST /api/v1/colleagues",
						everyone((a) -> Req.post("/api/v1/colleagues", named(a.fresh("c"))), 403)),
				row("PUT /api/v1/colleagues/{id}", everyone((a) -> replace("/api/v1/colleagues/amy-chen"), 403),
						everyone((a) -> Req.put("/api/v1/colleagues/" + a.fresh("c"), named(null)), 403)),
				row("DELETE /api/v1/colleagues/{id}", everyone((a) -> Req.delete("/api/v1/colleagues/amy-chen"), 403)),
				row("GET /api/v1/deals", list((a) -> "/api/v1/deals?size=200", (s) -> List.of(s.deal())),
						filtered((a) -> "/api/v1/deals?size=200&accountId=" + a.t().account())),
				row("GET /api/v1/deals/{id}", read((a) -> deal(a.t().deal()))),
				row("POST /api/v1/deals",
						own((a) -> Req.post("/api/v1/deals", deal(a.fresh("posted"), a.own())), CREATES),
						likeMissing((a) -> Req.post("/api/v1/deals", deal(a.fresh("posted"), a.t())),
								new Status(400, 400))),
				row("PUT /api/v1/deals/{id}", own((a) -> replace(deal(a.t().deal())), EDITS),
						refusedLikeRead((a) -> Req.put(deal(a.t().deal()), deal(null, a.own()))),
						own((a) -> Req.put(deal(a.fresh("put")), deal(null, a.own())), CREATES),
						likeMissing((a) -> moved(deal(a.own().deal()), a.t()), new Status(400, 403))),
				row("DELETE /api/v1/deals/{id}", own((a) -> Req.delete(deal(a.t().doomedDeal())), DELETES),
						likeMissing((a) -> Req.delete(deal(a.t().doomedDeal())), HIDDEN)),
				row("GET /api/v1/deals/{dealId}/map", read((a) -> deal(a.t().deal()) + "/map")),
				row("GET /api/v1/deals/{dealId}/paths", read((a) -> deal(a.t().deal()) + "/paths")),
				row("GET /api/v1/deals/{dealId}/assessment", read((a) -> deal(a.t().deal()) + "/assessment")),
				row("GET /api/v1/deals/{dealId}/stakeholders", read((a) -> deal(a.t().deal()) + "/stakeholders")),
				row("GET /api/v1/deals/{dealId}/stakeholders/{personId}", read((a) -> stakeholder(a.t().fact())),
						likeMissing((a) -> Req.get(stakeholder(a.own().deal() + "/" + factPerson(a.t()))), HIDDEN)),
				row("PUT /api/v1/deals/{dealId}/stakeholders/{personId}",
						own((a) -> replace(stakeholder(a.t().fact())), EDITS),
						likeMissing((a) -> Req.put(stakeholder(a.t().fact()), ROLES), HIDDEN),
						own((a) -> Req.put(stakeholder(a.own().deal() + "/" + a.own().spare()), ROLES), CREATES),
						likeMissing((a) -> Req.put(stakeholder(a.own().deal() + "/" + factPerson(a.t())), ROLES),
								new Status(400, 403))),
				row("DELETE /api/v1/deals/{dealId}/stakeholders/{personId}",
						own((a) -> Req.delete(stakeholder(a.t().doomedFact())), DELETES),
						likeMissing((a) -> Req.delete(stakeholder(a.t().doomedFact())), HIDDEN)),
				row("GET /api/v1/relationships", list((a) -> "/api/v1/relationships?size=200", MatrixSamples::tieEnds),
						filtered((a) -> "/api/v1/relationships?size=200&individualId=" + a.t().person())),
				row("GET /api/v1/relationships/{type}/{from}/{to}", read((a) -> relationship(a.t().tie())),
						likeMissing((a) -> Req.get(relationship(crossTie(a))), HIDDEN)),
				row("GET /api/v1/relationships/{type}/{from}/{to}/trust-history",
						read((a) -> relationship(a.t().tie()) + "/trust-history"),
						likeMissing((a) -> Req.get(relationship(crossTie(a)) + "/trust-history"), HIDDEN)),
				row("PUT /api/v1/relationships/{type}/{from}/{to}",
						own((a) -> replace(relationship(a.t().tie())), EDITS),
						likeMissing((a) -> Req.put(relationship(a.t().tie()), STRENGTH), new Status(400, 400)),
						own((a) -> Req.put(relationship("KNOWS/" + a.own().person() + "/" + a.own().spare()), STRENGTH),
								CREATES),
						likeMissing((a) -> Req.put(relationship(crossTie(a)), STRENGTH), new Status(400, 403))),
				row("DELETE /api/v1/relationships/{type}/{from}/{to}",
						own((a) -> Req.delete(relationship(a.t().doomedTie())), DELETES),
						likeMissing((a) -> Req.delete(relationship(a.t().doomedTie())), HIDDEN)),
				// an import names each item it refuses (400), where a single write says
				// 403
				row("POST /api/v1/import",
						own((a) -> people(this.matrix.current(person(a.own().person()))), new Status(200, 400)),
						refusedNaming((a) -> people(movedBody(person(a.t().person()), a.own())), "people[0].id"),
						own((a) -> people(person(a.fresh("imported"), a.own())), new Status(200, 400)),
						likeMissing((a) -> people(person(a.fresh("imported"), a.t())), new Status(400, 400))),
				row("GET /api/v1/export", list((a) -> "/api/v1/export", MatrixSamples::owns)),
				// a CSV file is refused as a whole, naming each row it may not write
				row("POST /api/v1/import/csv",
						own((a) -> contacts(a.fresh("csv"), a.own(), "own"), new Status(200, 400)),
						refusedNaming((a) -> contacts(a.t().person(), a.own(), "moved"), "id"),
						likeMissing((a) -> contacts(a.fresh("csv"), a.t(), "placed"), new Status(400, 400))),
				row("GET /api/v1/imports/{id}", everyone((a) -> Req.get("/api/v1/imports/nothing-import"), 404)),
				row("POST /api/v1/imports/{id}/publish",
						everyone((a) -> new Req("POST", "/api/v1/imports/nothing-import/publish", null), 404)),
				row("GET /api/v1/export/people.csv",
						list((a) -> "/api/v1/export/people.csv", (s) -> List.of(s.account(), s.person()))),
				row("GET /api/v1/export/ties.csv", list((a) -> "/api/v1/export/ties.csv", MatrixSamples::tieEnds)),
				row("GET /api/v1/pipeline", list((a) -> "/api/v1/pipeline?size=200", (s) -> List.of(s.deal())),
						filtered((a) -> "/api/v1/pipeline?size=200&accountId=" + a.t().account())),
				row("GET /api/v1/interactions", list((a) -> "/api/v1/interactions?size=200", (s) -> List.of()),
						filtered((a) -> "/api/v1/interactions?size=200&personId=" + a.t().person()),
						filtered((a) -> "/api/v1/interactions?size=200&accountId=" + a.t().account())),
				row("GET /api/v1/interactions/{id}", read((a) -> "/api/v1/interactions/" + a.t().interaction())),
				row("POST /api/v1/interactions",
						own((a) -> Req.post("/api/v1/interactions", interaction(a.fresh("i"), a.own())), CREATES),
						likeMissing((a) -> Req.post("/api/v1/interactions", interaction(a.fresh("i"), a.t())),
								new Status(400, 400))),
				// Lars knows people at both accounts: each caller sees only their own
				row("GET /api/v1/upkeep", list((a) -> "/api/v1/upkeep?colleagueId=lars-oberg", (s) -> List.of()),
						everyone((a) -> Req.get("/api/v1/upkeep?colleagueId=nothing-colleague"), 404)),
				// a feed of Lars (on deals at both accounts) for every caller; the other
				// team's colleague answers 404 like one nothing has
				row("POST /api/v1/colleagues/{id}/calendar-feed",
						own((a) -> new Req("POST", feed("lars-oberg"), null), new Status(201, 201)),
						everyone((a) -> new Req("POST", feed(teamColleague(a.t())), null), 404),
						everyone((a) -> new Req("POST", feed("nothing-colleague"), null), 404)),
				row("DELETE /api/v1/colleagues/{id}/calendar-feed",
						own((a) -> Req.delete(feed("lars-oberg")), new Status(204, 204)),
						everyone((a) -> Req.delete(feed(teamColleague(a.t()))), 404)),
				// opened by its secret alone: one that opens no feed is 404 for everyone
				row("GET /api/v1/calendar/{secret}.ics",
						everyone((a) -> Req.get("/api/v1/calendar/dgc_" + "0".repeat(43) + ".ics"), 404)),
				row("GET /api/v1/me", list((a) -> "/api/v1/me", (s) -> List.of(s.account()))),
				// a public page that holds no data: the same redirect for everyone
				row("GET /browser", everyone((a) -> Req.get("/browser"), 302)),
				row("GET /browser/", everyone((a) -> Req.get("/browser/"), 302)),
				// the planning page and its words hold no data: the same for every caller
				row("GET /app", everyone((a) -> Req.get("/app"), 302)),
				row("GET /app/", everyone((a) -> Req.get("/app/"), 200)),
				row("GET /app/messages", everyone((a) -> Req.get("/app/messages"), 200)),
				// the admin API: 403 for every caller who is not an admin, whatever they
				// try
				row("GET /api/v1/admin/users", admin((a) -> Req.get("/api/v1/admin/users"))),
				row("GET /api/v1/admin/audit", admin((a) -> Req.get("/api/v1/admin/audit?objectId=" + a.t().person()))),
				row("GET /api/v1/admin/suppressions", admin((a) -> Req.get("/api/v1/admin/suppressions"))),
				row("DELETE /api/v1/admin/suppressions/{personId}",
						admin((a) -> Req.delete("/api/v1/admin/suppressions/" + a.t().erasable()))),
				row("GET /api/v1/admin/users/{id}", admin((a) -> Req.get("/api/v1/admin/users/admin"))),
				row("PUT /api/v1/admin/users/{id}",
						admin((a) -> Req.put("/api/v1/admin/users/" + a.caller(), "{\"name\":\"x\",\"admin\":true}"))),
				row("DELETE /api/v1/admin/users/{id}", admin((a) -> Req.delete("/api/v1/admin/users/admin"))),
				row("POST /api/v1/admin/users/{id}/keys",
						admin((a) -> Req.post("/api/v1/admin/users/admin/keys", named(null)))),
				row("GET /api/v1/admin/keys", admin((a) -> Req.get("/api/v1/admin/keys?userId=admin"))),
				row("DELETE /api/v1/admin/keys/{id}",
						admin((a) -> Req.delete("/api/v1/admin/keys/" + this.adminKeyId))),
				row("GET /api/v1/admin/teams", admin((a) -> Req.get("/api/v1/admin/teams"))),
				row("GET /api/v1/admin/teams/{id}", admin((a) -> Req.get("/api/v1/admin/teams/" + team(a.t())))),
				row("PUT /api/v1/admin/teams/{id}",
						admin((a) -> Req.put("/api/v1/admin/teams/" + team(a.t()), named(null)))),
				row("DELETE /api/v1/admin/teams/{id}", admin((a) -> Req.delete("/api/v1/admin/teams/" + team(a.t())))),
				row("PUT /api/v1/admin/teams/{teamId}/members/{userId}",
						admin((a) -> Req.put("/api/v1/admin/teams/" + team(a.t()) + "/members/" + a.caller(), null))),
				row("DELETE /api/v1/admin/teams/{teamId}/members/{userId}",
						admin((a) -> Req.delete("/api/v1/admin/teams/" + team(a.t()) + "/members/nina"))),
				row("PUT /api/v1/admin/teams/{teamId}/grants/{accountId}",
						admin((a) -> Req.put("/api/v1/admin/teams/team-" + a.caller() + "/grants/" + a.t().account(),
								"{\"level\":\"EDIT\"}"))),
				row("DELETE /api/v1/admin/teams/{teamId}/grants/{accountId}",
						admin((a) -> Req.delete("/api/v1/admin/teams/" + team(a.t()) + "/grants/" + a.t().account()))));
	}

	String adminKeyId;

	/**
	 * A contacts file of one person at an account; the import id names the account, so
	 * the other team's answer and a missing account's compare once the ids are swapped.
	 */
	static Req contacts(String personId, MatrixSamples at, String what) {
		return Req.post("/api/v1/import/csv?kind=CONTACTS&importId=" + what + "-" + at.account(),
				"id,name,accountId\n" + personId + ",Matrix Person," + at.account() + "\n");
	}

	@Test
	void everyEndpointHasARowAndEveryRowAnEndpoint() {
		Set<String> mapped = mappedEndpoints();
		Set<String> rows = table().stream().map(Row::endpoint).collect(Collectors.toCollection(TreeSet::new));
		Set<String> unexercised = new TreeSet<>(mapped);
		unexercised.removeAll(rows);
		Set<String> stale = new TreeSet<>(rows);
		stale.removeAll(mapped);
		System.out.println(mapped.size() + " endpoints in the request mappings, " + rows.size()
				+ " rows; framework endpoints left out: " + FRAMEWORK);
		assertThat(unexercised).as("endpoints without a row in the access matrix").isEmpty();
		assertThat(stale).as("rows of the access matrix for endpoints that no longer exist").isEmpty();
	}

	@Test
	void everyCellAnswersAsTheReadmeSays() throws IOException {
		DemoMap.load(this.admin);
		for (MatrixSamples samples : List.of(MatrixSamples.KESTREL, MatrixSamples.NORDLICHT)) {
			this.admin.put()
				.uri(person(samples.erasable()))
				.contentType(MediaType.APPLICATION_JSON)
				.body(person(null, samples))
				.exchange()
				.expectStatus()
				.isCreated();
		}
		JsonNode demo = json.readTree(new ClassPathResource("cypher/demo/demo-map.json").getContentAsByteArray());
		List<Caller> callers = List.of(
				AccessMatrix.caller(this.admin, "kira", true, MatrixSamples.KESTREL, MatrixSamples.NORDLICHT, demo),
				AccessMatrix.caller(this.admin, "rolf", false, MatrixSamples.KESTREL, MatrixSamples.NORDLICHT, demo),
				AccessMatrix.caller(this.admin, "nina", true, MatrixSamples.NORDLICHT, MatrixSamples.KESTREL, demo));
		this.matrix = new AccessMatrix(new MatrixHttp(this.port), AdminKeyClient.adminKey(this.context), this.client);
		this.adminKeyId = json.readTree(this.matrix.asAdmin(Req.get("/api/v1/me")).body()).get("keyId").asString();
		List<Cell> cells = new ArrayList<>();
		for (Row row : table()) {
			for (Caller caller : callers) {
				row.probes().forEach((probe) -> cells.addAll(probe.cells(row.endpoint(), caller, this.matrix)));
			}
		}
		List<String> wrong = this.matrix.run(cells);
		wrong.forEach(System.out::println);
		System.out.println(cells.size() + " cells, " + (cells.size() - wrong.size()) + " correct");
		assertThat(wrong).as("cells that answered otherwise than the README says").isEmpty();
	}

	/**
	 * What the request mappings serve, as {@code METHOD /pattern}, but the framework's.
	 */
	Set<String> mappedEndpoints() {
		RequestMappingHandlerMapping mapping = this.context.getBean("requestMappingHandlerMapping",
				RequestMappingHandlerMapping.class);
		Set<String> endpoints = new TreeSet<>();
		mapping.getHandlerMethods().keySet().forEach((info) -> {
			for (String pattern : info.getPatternValues()) {
				if (FRAMEWORK.stream().anyMatch(pattern::startsWith)) {
					continue;
				}
				Set<?> methods = info.getMethodsCondition().getMethods();
				if (methods.isEmpty()) {
					endpoints.add("ANY " + pattern);
				}
				methods.forEach((method) -> endpoints.add(method + " " + pattern));
			}
		});
		return endpoints;
	}

	record Row(String endpoint, List<Probe> probes) {
	}

	static Row row(String endpoint, Probe... probes) {
		return new Row(endpoint, List.of(probes));
	}

	/** The other team's ids answered exactly as missing ones in a list's filter. */
	static Probe filtered(Function<At, String> uri) {
		return likeMissing((a) -> Req.get(uri.apply(a)), new Status(200, 200));
	}

	/** Admins only: 403 for everyone else, aimed at the other team where it has a say. */
	static Probe admin(Function<At, Req> request) {
		return everyone(request, 403);
	}

	/** A replacing PUT that sends back what an admin reads there now. */
	Req replace(String uri) {
		return Req.put(uri, this.matrix.current(uri));
	}

	/** The caller's own object moved to the target's account. */
	Req moved(String uri, MatrixSamples target) {
		return Req.put(uri, movedBody(uri, target));
	}

	String movedBody(String uri, MatrixSamples target) {
		ObjectNode body = (ObjectNode) json.readTree(this.matrix.current(uri));
		body.put("accountId", target.account());
		return json.writeValueAsString(body);
	}

}
