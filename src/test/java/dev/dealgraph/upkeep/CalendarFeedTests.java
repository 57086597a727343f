package dev.dealgraph.upkeep;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dev.dealgraph.DemoMap;
import dev.dealgraph.IntegrationTest;
import dev.dealgraph.TeamUsers;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Calendar feeds over HTTP on the demo, judged on 2026-12-01: fetched with no header as a
 * calendar app would, parsed back with ical4j and held to RFC 5545's rules.
 */
@IntegrationTest
class CalendarFeedTests {

	static final JsonMapper json = JsonMapper.builder().build();

	@Autowired
	RestTestClient http;

	@Autowired
	Neo4jClient client;

	@LocalServerPort
	int port;

	final HttpClient plain = HttpClient.newHttpClient();

	@BeforeEach
	void demo() {
		DemoMap.load(this.http);
	}

	@Test
	void aFeedFollowsRfc5545WithOneStableUidPerEventAndUtcStamps() throws Exception {
		String url = create("lars-oberg", "lang=en", null).get("url").asString();
		assertThat(url).startsWith("http://localhost:" + this.port + "/api/v1/calendar/dgc_").endsWith(".ics");

		HttpResponse<byte[]> answer = fetch(url);
		assertThat(answer.statusCode()).isEqualTo(200);
		assertThat(answer.headers().firstValue("Content-Type")).hasValue("text/calendar;charset=utf-8");
		String text = new String(answer.body(), StandardCharsets.UTF_8);
		assertThat(text).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");
		for (String line : text.split("\r\n", -1)) {
			assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
			assertThat(line).doesNotContain("\n").doesNotContain("\r");
		}
		assertThat(text).contains("\r\n ");

		Calendar calendar = parse(text);
		assertThat(property(calendar.getProperty(Property.VERSION))).isEqualTo("2.0");
		assertThat(property(calendar.getProperty(Property.PRODID))).isEqualTo(CalendarFeed.PRODUCT);
		List<VEvent> events = calendar.getComponents("VEVENT");
		Set<String> uids = new HashSet<>();
		for (VEvent event : events) {
			List<Property> eventUids = event.getProperties(Property.UID);
			assertThat(eventUids).hasSize(1);
			uids.add(eventUids.get(0).getValue());
			List<Property> stamps = event.getProperties(Property.DTSTAMP);
			assertThat(stamps).hasSize(1);
			assertThat(stamps.get(0).getValue()).matches("\\d{8}T\\d{6}Z");
			assertThat(event.getProperties(Property.DTSTART).get(0).getValue()).matches("\\d{8}");
		}
		assertThat(uids).hasSameSizeAs(events);
		List<String> summaries = events.stream()
			.map((e) -> e.getProperties(Property.SUMMARY).get(0).getValue())
			.toList();
		assertThat(summaries).contains("Overdue: get back to Dr. Stefan Krüger (kestrel)", "Elif Yılmaz's birthday",
				"李娜: 10 years at their company", "Nordlicht annual grid forum");
		VEvent stefan = events.stream()
			.filter((e) -> e.getProperties(Property.SUMMARY).get(0).getValue().contains("Stefan"))
			.findFirst()
			.orElseThrow();
		// overdue: on the day the feed is judged
		assertThat(stefan.getProperties(Property.DTSTART).get(0).getValue()).isEqualTo("20261201");
		assertThat(stefan.getProperties(Property.DESCRIPTION).get(0).getValue())
			.contains("Last contact on 2026-04-30; their rhythm is every 15 days.");

		Set<String> again = new HashSet<>();
		parse(new String(fetch(url).body(), StandardCharsets.UTF_8)).getComponents("VEVENT")
			.forEach((e) -> again.add(((VEvent) e).getProperties(Property.UID).get(0).getValue()));
		assertThat(again).as("the same UIDs on the next fetch").isEqualTo(uids);
	}

	@Test
	void speaksTheLanguageChosenWhenTheFeedWasMade() throws Exception {
		String url = create("lars-oberg", "lang=zh-CN", null).get("url").asString();
		String text = new String(fetch(url).body(), StandardCharsets.UTF_8);
		assertThat(parse(text).getComponents("VEVENT")
			.stream()
			.map((e) -> ((VEvent) e).getProperties(Property.SUMMARY).get(0).getValue())).contains("Elif Yılmaz的生日");
	}

	@Test
	void rotatingMakesTheOldAddressAnswer404AndRevokingEndsTheNewOne() throws Exception {
		String first = create("lars-oberg", "lang=en", null).get("url").asString();
		String second = create("lars-oberg", "lang=en", null).get("url").asString();
		assertThat(second).isNotEqualTo(first);
		HttpResponse<byte[]> old = fetch(first);
		assertThat(old.statusCode()).isEqualTo(404);
		assertThat(old.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(fetch(second).statusCode()).isEqualTo(200);
		assertThat(feeds()).isEqualTo(1);

		this.http.delete().uri("/api/v1/colleagues/lars-oberg/calendar-feed").exchange().expectStatus().isNoContent();
		assertThat(fetch(second).statusCode()).isEqualTo(404);
		this.http.delete().uri("/api/v1/colleagues/lars-oberg/calendar-feed").exchange().expectStatus().isNotFound();
		assertThat(feeds()).isZero();
		assertThat(
				fetch("http://localhost:" + this.port + "/api/v1/calendar/dgc_" + "0".repeat(43) + ".ics").statusCode())
			.isEqualTo(404);
		HttpResponse<byte[]> malformed = fetch("http://localhost:" + this.port + "/api/v1/calendar/not-a-secret.ics");
		assertThat(malformed.statusCode()).isEqualTo(400);
		assertThat(json.readTree(malformed.body()).get("errors").get(0).get("field").asString()).isEqualTo("secret");
	}

	@Test
	void anotherTeamsColleagueIsNotFoundAndAFeedShowsOnlyWhatItsMakerMaySee() throws Exception {
		String reader = TeamUsers.reader(this.http, "feed-reader", "nordlicht");
		this.http.post()
			.uri("/api/v1/colleagues/amy-chen/calendar-feed")
			.header("Authorization", "Bearer " + reader)
			.exchange()
			.expectStatus()
			.isNotFound();
		String url = create("lars-oberg", "lang=en", reader).get("url").asString();
		String text = new String(fetch(url).body(), StandardCharsets.UTF_8);
		assertThat(text).contains("Elif Yılmaz").doesNotContain("Stefan").doesNotContain("Kestrel");
		String withAdminKey = this.http.get()
			.uri(url)
			.exchange()
			.expectStatus()
			.isOk()
			.returnResult(String.class)
			.getResponseBody();
		assertThat(withAdminKey).as("read as its maker, whatever key comes with it").doesNotContain("Stefan");

		this.http.delete().uri("/api/v1/admin/users/feed-reader").exchange().expectStatus().isNoContent();
		assertThat(fetch(url).statusCode()).as("a deleted user's feed").isEqualTo(404);
		assertThat(feeds()).isZero();
	}

	@Test
	void aBadLanguageIsNamedAndNothingIsWritten() {
		this.http.post()
			.uri("/api/v1/colleagues/lars-oberg/calendar-feed?lang=fr")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("lang");
		this.http.post().uri("/api/v1/colleagues/nobody/calendar-feed").exchange().expectStatus().isNotFound();
		assertThat(feeds()).isZero();
	}

	@Test
	void theSecretIsNeitherStoredNorAudited() throws Exception {
		JsonNode made = create("lars-oberg", "lang=en", null);
		String url = made.get("url").asString();
		String secret = url.substring(url.lastIndexOf('/') + 1, url.length() - ".ics".length());
		fetch(url);
		long mentions = this.client.query(
				"MATCH (n) WHERE any(k IN keys(n) WHERE n[k] IS :: STRING AND n[k] CONTAINS $secret) RETURN count(n)")
			.bind(secret)
			.to("secret")
			.fetchAs(Long.class)
			.one()
			.orElseThrow();
		assertThat(mentions).isZero();
		String audit = this.http.get()
			.uri("/api/v1/admin/audit?objectId=" + made.get("id").asString())
			.exchange()
			.expectStatus()
			.isOk()
			.returnResult(String.class)
			.getResponseBody();
		assertThat(audit).contains("calendar-feed")
			.contains("lars-oberg")
			.doesNotContain(secret)
			.doesNotContain("hash");
	}

	JsonNode create(String colleagueId, String query, @Nullable String key) {
		RestTestClient.RequestBodySpec request = this.http.post()
			.uri("/api/v1/colleagues/" + colleagueId + "/calendar-feed?" + query);
		if (key != null) {
			request.header("Authorization", "Bearer " + key);
		}
		return json
			.readTree(request.exchange().expectStatus().isCreated().returnResult(String.class).getResponseBody());
	}

	HttpResponse<byte[]> fetch(String url) throws Exception {
		return this.plain.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
				HttpResponse.BodyHandlers.ofByteArray());
	}

	long feeds() {
		return this.client.query("MATCH (f:CalendarFeed) RETURN count(f)").fetchAs(Long.class).one().orElseThrow();
	}

	static Calendar parse(String text) throws Exception {
		return new CalendarBuilder().build(new StringReader(text));
	}

	static String property(java.util.Optional<Property> property) {
		return property.orElseThrow().getValue();
	}

}
