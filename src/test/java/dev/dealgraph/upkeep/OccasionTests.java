package dev.dealgraph.upkeep;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;

import dev.dealgraph.DemoMap;
import dev.dealgraph.IntegrationTest;
import dev.dealgraph.TeamUsers;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Birthdays, work anniversaries and account events over HTTP: in Lars's upkeep answer on
 * the demo (judged on 2026-12-01, 30 days ahead), through the person and account APIs,
 * the exports, the personal-data report and erasure, and refused when malformed.
 */
@IntegrationTest
class OccasionTests {

	static final JsonMapper json = JsonMapper.builder().build();

	@Autowired
	RestTestClient http;

	@Autowired
	Neo4jClient client;

	@Test
	void larsSeesTheOccasionsOfHisPeopleAndAccountsSoonestFirstInBothLanguages() {
		DemoMap.load(this.http);
		JsonNode occasions = get("/api/v1/upkeep?colleagueId=lars-oberg", null, "en").get("occasions");

		assertThat(occasions.valueStream().map((o) -> o.get("date").asString() + " " + o.get("name").asString()))
			.containsExactly("2026-12-05 李娜", "2026-12-10 Nordlicht annual grid forum", "2026-12-12 陈晓明",
					"2026-12-15 Kestrel supplier day in Rotterdam", "2026-12-18 Elif Yılmaz",
					"2026-12-31 Kestrel fiscal year end");
		assertThat(occasions.get(0).get("kind").asString()).isEqualTo("WORK_ANNIVERSARY");
		assertThat(occasions.get(0).get("years").asLong()).isEqualTo(10);
		assertThat(occasions.get(0).get("inDays").asLong()).isEqualTo(4);
		assertThat(occasions.get(4).get("sentence").asString())
			.isEqualTo("Elif Yılmaz's birthday is in 17 days: a good day for a personal greeting");
		assertThat(get("/api/v1/upkeep?colleagueId=lars-oberg", null, "zh-CN").get("occasions")
			.get(4)
			.get("sentence")
			.asString()).isEqualTo("17 天后是Elif Yılmaz的生日：适合送上一份私人问候");
	}

	@Test
	void aReaderOfOneAccountSeesOnlyItsOccasions() {
		DemoMap.load(this.http);
		String reader = TeamUsers.reader(this.http, "occasion-reader", "nordlicht");

		JsonNode occasions = get("/api/v1/upkeep?colleagueId=lars-oberg", reader, "en").get("occasions");

		assertThat(occasions.valueStream().map((o) -> o.get("name").asString()))
			.containsExactly("Nordlicht annual grid forum", "Elif Yılmaz");
	}

	@Test
	void birthdaysAnniversariesAndEventsRoundTripThroughTheApiExportsAndPersonalData() {
		put("/api/v1/accounts/acme",
				"{\"name\":\"ACME\",\"events\":[{\"name\":\"Fiscal year end\",\"date\":\"2026-03-31\",\"yearly\":true},"
						+ "{\"name\":\"Trade fair\",\"date\":\"2027-05-04\"}]}",
				201);
		put("/api/v1/people/li-wei",
				"{\"accountId\":\"acme\",\"name\":\"Li Wei\",\"birthday\":\"--02-29\",\"startedOn\":\"2015-06-01\"}",
				201);

		JsonNode person = get("/api/v1/people/li-wei", null, "en");
		assertThat(person.get("birthday").asString()).isEqualTo("--02-29");
		assertThat(person.get("startedOn").asString()).isEqualTo("2015-06-01");
		JsonNode account = get("/api/v1/accounts/acme", null, "en");
		assertThat(account.get("events").toString()).isEqualTo(
				"[{\"name\":\"Fiscal year end\",\"date\":\"2026-03-31\",\"yearly\":true},{\"name\":\"Trade fair\",\"date\":\"2027-05-04\",\"yearly\":false}]");
		JsonNode export = get("/api/v1/accounts/acme/export", null, "en");
		assertThat(export.get("people").get(0).get("birthday").asString()).isEqualTo("--02-29");
		assertThat(export.get("accounts").get(0).get("events")).hasSize(2);
		assertThat(get("/api/v1/people/li-wei/personal-data", null, "en").get("person").get("birthday").asString())
			.isEqualTo("--02-29");
		String csv = this.http.get()
			.uri("/api/v1/export/people.csv")
			.exchange()
			.expectStatus()
			.isOk()
			.returnResult(String.class)
			.getResponseBody();
		assertThat(csv).contains("birthday,startedOn").contains("'--02-29,2015-06-01");

		// a contacts file without the columns leaves what is stored alone
		JsonNode staged = json.readTree(this.http.post()
			.uri("/api/v1/import/csv?kind=CONTACTS&importId=keep-birthday")
			.contentType(MediaType.parseMediaType("text/csv"))
			.body("id,name,accountId\nli-wei,Li Wei,acme\n".getBytes(StandardCharsets.UTF_8))
			.exchange()
			.expectStatus()
			.isOk()
			.returnResult(String.class)
			.getResponseBody());
		this.http.post()
			.uri("/api/v1/imports/" + staged.get("id").asString() + "/publish")
			.exchange()
			.expectStatus()
			.isOk();
		assertThat(get("/api/v1/people/li-wei", null, "en").get("birthday").asString()).isEqualTo("--02-29");

		this.http.post().uri("/api/v1/people/li-wei/erasure").exchange().expectStatus().isOk();
		long traces = this.client.query("""
				MATCH (n) WHERE any(k IN keys(n) WHERE n[k] IS :: STRING AND n[k] CONTAINS '--02-29')
				   OR any(k IN keys(n) WHERE n[k] IS :: DATE AND n[k] = date('2015-06-01'))
				RETURN count(n)""").fetchAs(Long.class).one().orElseThrow();
		assertThat(traces).as("the birthday and start date, anywhere, the audit included").isZero();
	}

	@Test
	void aContactsFileBringsBirthdaysWithoutTheirYearAndStartDaysAndNamesABadOne() {
		put("/api/v1/accounts/acme", "{\"name\":\"ACME\"}", 201);
		String file = "Id,Name,AccountId,Birthdate\nli-wei,Li Wei,acme,1980-03-14\n"
				+ "wang-fang,Wang Fang,acme,--12-24\nbad-date,Bad Date,acme,1980-02-30\n";
		JsonNode refused = csv("preset=SALESFORCE&importId=sf-check&dryRun=true", file, 400);
		assertThat(refused.get("errors").get(0).get("line").asInt()).isEqualTo(4);
		assertThat(refused.get("errors").get(0).get("column").asString()).isEqualTo("Birthdate");
		csv("preset=SALESFORCE&importId=sf-days&skipBadRows=true", file, 200);
		assertThat(get("/api/v1/people/li-wei", null, "en").get("birthday").asString()).isEqualTo("--03-14");
		assertThat(get("/api/v1/people/wang-fang", null, "en").get("birthday").asString()).isEqualTo("--12-24");
		long yearKept = this.client.query("MATCH (p:Person) WHERE p.birthday CONTAINS '1980' RETURN count(p)")
			.fetchAs(Long.class)
			.one()
			.orElseThrow();
		assertThat(yearKept).isZero();

		csv("importId=own-days", "id,name,accountId,startedOn\nli-wei,Li Wei,acme,2015-06-01\n", 200);
		JsonNode person = get("/api/v1/people/li-wei", null, "en");
		assertThat(person.get("startedOn").asString()).isEqualTo("2015-06-01");
		assertThat(person.get("birthday").asString()).as("a file without the column keeps it").isEqualTo("--03-14");
	}

	JsonNode csv(String query, String body, int status) {
		return json.readTree(this.http.post()
			.uri("/api/v1/import/csv?kind=CONTACTS&" + query)
			.contentType(MediaType.parseMediaType("text/csv"))
			.body(body.getBytes(StandardCharsets.UTF_8))
			.exchange()
			.expectStatus()
			.isEqualTo(status)
			.returnResult(String.class)
			.getResponseBody());
	}

	@Test
	void malformedDaysAreNamedAndNothingIsWritten() {
		String tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(1).toString();
		for (String[] bad : new String[][] { { "\"birthday\":\"--02-30\"", "birthday" },
				{ "\"birthday\":\"12-14\"", "birthday" }, { "\"birthday\":1214", "birthday" },
				{ "\"birthday\":\"1980-12-14\"", "birthday" }, { "\"startedOn\":\"2020-02-30\"", "startedOn" },
				{ "\"startedOn\":\"" + tomorrow + "\"", "startedOn" }, { "\"startedOn\":20200101", "startedOn" } }) {
			String problem = this.http.post()
				.uri("/api/v1/people")
				.contentType(MediaType.APPLICATION_JSON)
				.body("{\"id\":\"bad-day\",\"name\":\"Bad Day\"," + bad[0] + "}")
				.exchange()
				.expectStatus()
				.isBadRequest()
				.returnResult(String.class)
				.getResponseBody();
			assertThat(json.readTree(problem).get("errors").get(0).get("field").asString()).as(bad[0])
				.isEqualTo(bad[1]);
		}
		for (String[] bad : new String[][] { { "{\"date\":\"2026-02-30\",\"name\":\"x\"}", "events[0].date" },
				{ "{\"date\":\"2026-12-01\"}", "events[0].name" }, { "{\"name\":\"x\"}", "events[0].date" },
				{ "{\"name\":\"x\",\"date\":\"2026-12-01\",\"yearly\":\"yes\"}", "events[0].yearly" } }) {
			String problem = this.http.post()
				.uri("/api/v1/import")
				.contentType(MediaType.APPLICATION_JSON)
				.body("{\"accounts\":[{\"id\":\"bad-events\",\"name\":\"Bad\",\"events\":[" + bad[0] + "]}]}")
				.exchange()
				.expectStatus()
				.isBadRequest()
				.returnResult(String.class)
				.getResponseBody();
			assertThat(json.readTree(problem).get("errors").get(0).get("field").asString()).as(bad[0])
				.isEqualTo("accounts[0]." + bad[1]);
		}
		long written = this.client.query("MATCH (n) WHERE n.id IN ['bad-day', 'bad-events'] RETURN count(n)")
			.fetchAs(Long.class)
			.one()
			.orElseThrow();
		assertThat(written).isZero();
	}

	void put(String uri, String body, int status) {
		this.http.put()
			.uri(uri)
			.contentType(MediaType.APPLICATION_JSON)
			.body(body)
			.exchange()
			.expectStatus()
			.isEqualTo(status);
	}

	JsonNode get(String uri, String key, String language) {
		RestTestClient.RequestHeadersSpec<?> request = this.http.get().uri(uri).header("Accept-Language", language);
		if (key != null) {
			request.header("Authorization", "Bearer " + key);
		}
		return json.readTree(request.exchange().expectStatus().isOk().returnResult(String.class).getResponseBody());
	}

}
