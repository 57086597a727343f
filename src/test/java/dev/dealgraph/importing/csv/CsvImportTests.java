package dev.dealgraph.importing.csv;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import dev.dealgraph.IntegrationTest;
import dev.dealgraph.access.AccessFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/** CSV files over HTTP into the real embedded Neo4j, and CSV exports back out. */
@IntegrationTest
class CsvImportTests {

	static final MediaType CSV = MediaType.parseMediaType("text/csv");

	static final String BASE = """
			{"accounts": [{"id": "acme", "name": "ACME Telecom"}, {"id": "globex", "name": "Globex"}],
			 "people": [{"id": "li-wei", "accountId": "acme", "name": "Li Wei", "title": "CFO", "temperament": "DRIVER"},
			            {"id": "zhang-min", "accountId": "globex", "name": "Zhang Min"}],
			 "deals": [{"id": "core", "accountId": "acme", "name": "Core refresh", "stage": "DESIGN"}],
			 "stakeholders": [{"dealId": "core", "personId": "li-wei", "roles": ["COACH"], "attitude": "SUPPORTER"}]}
			""";

	@Autowired
	RestTestClient http;

	@Autowired
	Neo4jClient client;

	@BeforeEach
	void base() {
		this.http.post()
			.uri("/api/v1/import")
			.contentType(MediaType.APPLICATION_JSON)
			.body(BASE)
			.exchange()
			.expectStatus()
			.isOk();
	}

	@Test
	void salesforceContactsWithBomAndQuotedNewlineBecomePeopleAndReportingLines() {
		String file = "\uFEFFId,FirstName,LastName,Title,Email,AccountId,ReportsToId\r\n"
				+ "0035g00000AAAAAAA1,Ana,Ruiz,\"VP Network,\r\nEMEA\",ana@acme.example,acme,li-wei\r\n"
				+ "0035g00000AAAAAAA2,Bo,Chen,Architect,bo@acme.example,acme,0035g00000AAAAAAA1\r\n"
				+ "li-wei,Wei,Li,Chief Financial Officer,,acme,\r\n";
		JsonNode status = post("kind=CONTACTS&preset=SALESFORCE", file.getBytes(StandardCharsets.UTF_8), CSV)
			.expectStatus()
			.isOk()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();

		assertThat(status.get("state").asString()).isEqualTo("PUBLISHED");
		assertThat(status.get("rowsRead").asInt()).isEqualTo(3);
		assertThat(status.get("rowsWritten").asInt()).isEqualTo(3);
		assertThat(person("0035g00000AAAAAAA1")).containsEntry("name", "Ana Ruiz")
			.containsEntry("title", "VP Network,\r\nEMEA")
			.containsEntry("accountId", "acme");
		// a column the file lacks keeps the stored value
		assertThat(person("li-wei")).containsEntry("title", "Chief Financial Officer")
			.containsEntry("temperament", "DRIVER");
		assertThat(reportsTo()).containsExactlyInAnyOrder("0035g00000AAAAAAA1>li-wei",
				"0035g00000AAAAAAA2>0035g00000AAAAAAA1");
	}

	@Test
	void hubspotContactsInGbkWithSemicolonsKeepChineseNames() {
		String file = "Record ID;First Name;Last Name;Job Title;Associated Company ID\n" + "901;敏;张;采购总监;acme\n"
				+ "902;伟;王;\"首席技术官; 网络\";acme\n";
		post("kind=CONTACTS&preset=HUBSPOT&charset=GBK", file.getBytes(Charset.forName("GBK")), CSV).expectStatus()
			.isOk();

		assertThat(person("901")).containsEntry("name", "敏 张").containsEntry("title", "采购总监");
		assertThat(person("902")).containsEntry("title", "首席技术官; 网络");
	}

	@Test
	void gbkBytesReadAsUtf8NameTheirLine() {
		String file = "id,name\nok-1,Plain\nzh-1,张敏\n";
		JsonNode problem = post("kind=CONTACTS", file.getBytes(Charset.forName("GBK")), CSV).expectStatus()
			.isBadRequest()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();

		assertThat(problem.at("/errors/0/line").asInt()).isEqualTo(3);
		assertThat(problem.at("/errors/0/field").asString()).isEqualTo("charset");
		assertThat(count("Person")).isEqualTo(2);
	}

	@Test
	void contactRolesMapCrmRoleNamesAndKeepStoredFacts() {
		String file = "OpportunityId,ContactId,Role,IsPrimary\n" + "core,li-wei,Economic Buyer,true\n"
				+ "core,li-wei,Technical Buyer,false\n";
		post("kind=CONTACT_ROLES&preset=SALESFORCE", file.getBytes(StandardCharsets.UTF_8), CSV).expectStatus().isOk();

		JsonNode fact = this.http.get()
			.uri("/api/v1/deals/core/stakeholders/li-wei")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
		assertThat(fact.get("roles").valueStream().map(JsonNode::asString).toList()).containsExactly("DECISION_MAKER",
				"TECHNICAL_GATEKEEPER", "COACH");
		assertThat(fact.get("attitude").asString()).isEqualTo("SUPPORTER");
	}

	@Test
	void anUnknownRoleNameIsABadRowUnlessMapped() {
		String file = "OpportunityId,ContactId,Role\ncore,li-wei,Other\n";
		JsonNode problem = post("kind=CONTACT_ROLES&preset=SALESFORCE", file.getBytes(StandardCharsets.UTF_8), CSV)
			.expectStatus()
			.isBadRequest()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
		assertThat(problem.at("/errors/0/line").asInt()).isEqualTo(2);
		assertThat(problem.at("/errors/0/column").asString()).isEqualTo("Role");

		post("kind=CONTACT_ROLES&preset=SALESFORCE&role=Other:USER", file.getBytes(StandardCharsets.UTF_8), CSV)
			.expectStatus()
			.isOk();
	}

	@Test
	void oneBadRowInTheMiddleWritesNothingAndNamesThatRow() {
		StringBuilder file = new StringBuilder("id,name,accountId\n");
		for (int i = 0; i < 1000; i++) {
			file.append("p-")
				.append(i)
				.append(",Person ")
				.append(i)
				.append(',')
				.append((i == 500) ? "no-such-account" : "acme")
				.append('\n');
		}
		JsonNode problem = post("kind=CONTACTS", file.toString().getBytes(StandardCharsets.UTF_8), CSV).expectStatus()
			.isBadRequest()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();

		assertThat(problem.get("type").asString()).isEqualTo("urn:dealgraph:problem:invalid-input");
		assertThat(problem.get("errors")).hasSize(1);
		assertThat(problem.at("/errors/0/line").asInt()).isEqualTo(502);
		assertThat(problem.at("/errors/0/column").asString()).isEqualTo("accountId");
		assertThat(problem.at("/errors/0/message").asString()).contains("no-such-account");
		assertThat(count("Person")).isEqualTo(2);
		String id = problem.get("importId").asString();
		assertThat(get(id).get("state").asString()).isEqualTo("REJECTED");
		assertThat(get(id).get("rowsBad").asInt()).isEqualTo(1);
	}

	@Test
	void skippingBadRowsWritesTheRestAndReportsTheSkippedLines() {
		String file = "type,from,to,strength\n" + "KNOWS,li-wei,zhang-min,0.5\n" + "KNOWS,li-wei,nobody,0.5\n"
				+ "LIKES,li-wei,zhang-min,0.5\n" + "INFLUENCES,zhang-min,li-wei,abc\n"
				+ "INFLUENCES,zhang-min,li-wei,0.7\n";
		JsonNode status = post("kind=TIES&skipBadRows=true", file.getBytes(StandardCharsets.UTF_8), CSV).expectStatus()
			.isOk()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();

		assertThat(status.get("problems")
			.valueStream()
			.map((p) -> p.get("line").asInt() + ":" + p.get("column").asString()))
			.containsExactly("3:to", "4:type", "5:strength");
		assertThat(status.get("rowsWritten").asInt()).isEqualTo(2);
		assertThat(count("KNOWS")).isEqualTo(1);
		assertThat(count("INFLUENCES")).isEqualTo(1);
	}

	@Test
	void aDryRunWritesNothingAndItsPublishWritesOnceHoweverOftenItIsSent() {
		String file = "type;from;to;strength\nKNOWS;li-wei;zhang-min;0,4\n";
		JsonNode dry = post("kind=TIES&dryRun=true&importId=ties-1", file.getBytes(StandardCharsets.UTF_8), CSV)
			.expectStatus()
			.isOk()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
		assertThat(dry.get("state").asString()).isEqualTo("VALIDATED");
		assertThat(count("KNOWS")).isZero();
		long audited = count("AuditEntry");

		JsonNode published = publish("ties-1");
		JsonNode again = publish("ties-1");
		JsonNode resent = post("kind=TIES&importId=ties-1", file.getBytes(StandardCharsets.UTF_8), CSV).expectStatus()
			.isOk()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();

		assertThat(published.get("state").asString()).isEqualTo("PUBLISHED");
		assertThat(published.at("/result/relationships/created").asInt()).isEqualTo(1);
		assertThat(again).isEqualTo(published);
		assertThat(resent).isEqualTo(published);
		assertThat(count("KNOWS")).isEqualTo(1);
		assertThat(count("AuditEntry")).isEqualTo(audited + 1);
		assertThat(this.client.query("MATCH ()-[r:KNOWS]->() RETURN r.strength").fetchAs(Double.class).one())
			.contains(0.4);
		// another file under the same id is a conflict
		post("kind=TIES&importId=ties-1", "type,from,to\n".getBytes(StandardCharsets.UTF_8), CSV).expectStatus()
			.isEqualTo(409);
	}

	@Test
	void onlyTheUserWhoStartedAnImportAndAdminsSeeIt() {
		String key = AccessFixtures.user(this.http, "eddie", null, "EDIT", "acme");
		String file = "type,from,to,strength\nKNOWS,li-wei,li-wei-2,0.5\n";
		this.http.put()
			.uri("/api/v1/people/li-wei-2")
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"accountId\":\"acme\",\"name\":\"Li Wei Jr\"}")
			.exchange()
			.expectStatus()
			.isCreated();
		this.http.post()
			.uri("/api/v1/import/csv?kind=TIES&dryRun=true&importId=mine")
			.header("Authorization", "Bearer " + key)
			.contentType(CSV)
			.body(file.getBytes(StandardCharsets.UTF_8))
			.exchange()
			.expectStatus()
			.isOk();

		this.http.get()
			.uri("/api/v1/imports/mine")
			.header("Authorization", "Bearer " + key)
			.exchange()
			.expectStatus()
			.isOk();
		assertThat(get("mine").get("state").asString()).isEqualTo("VALIDATED");
		String other = AccessFixtures.user(this.http, "olga", null, "EDIT", "acme");
		this.http.get()
			.uri("/api/v1/imports/mine")
			.header("Authorization", "Bearer " + other)
			.exchange()
			.expectStatus()
			.isNotFound();
	}

	@Test
	void aTeamEditorCannotImportIntoAnotherTeamsAccountAndTheWholeFileIsRefused() {
		String key = AccessFixtures.user(this.http, "eddie", null, "EDIT", "acme");
		String file = "id,name,accountId\nnew-1,New One,acme\nzhang-min,Zhang Min,globex\nnew-2,New Two,acme\n";
		JsonNode problem = this.http.post()
			.uri("/api/v1/import/csv?kind=CONTACTS")
			.header("Authorization", "Bearer " + key)
			.contentType(CSV)
			.body(file.getBytes(StandardCharsets.UTF_8))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();

		assertThat(problem.get("errors").valueStream().map((p) -> p.get("line").asInt()).distinct().toList())
			.containsExactly(3);
		assertThat(count("Person")).isEqualTo(2);
	}

	@Test
	void parametersAreCheckedStrictlyAndEachBadOneNamed() {
		JsonNode problem = post("kind=contacts&separator=PIPE", "id\n".getBytes(StandardCharsets.UTF_8), CSV)
			.expectStatus()
			.isBadRequest()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
		assertThat(problem.get("errors").findValuesAsString("field")).contains("kind");
		problem = post("kind=TIES&preset=SALESFORCE&charset=KOI9&map=color:Colour", new byte[0], CSV).expectStatus()
			.isBadRequest()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
		assertThat(problem.get("errors").findValuesAsString("field")).contains("preset", "charset", "map");
		post("kind=TIES", "{}".getBytes(StandardCharsets.UTF_8), MediaType.APPLICATION_JSON).expectStatus()
			.isEqualTo(415);
	}

	@Test
	void exportsPeopleAndTiesAsFormulaSafeCsvThatImportsBack() {
		this.http.put()
			.uri("/api/v1/people/evil")
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"accountId\":\"acme\",\"name\":\"=HYPERLINK(\\\"http://x\\\")\",\"title\":\"+1 boss\","
					+ "\"department\":\"@SUM(A1)\"}")
			.exchange()
			.expectStatus()
			.isCreated();
		post("kind=TIES", "type,from,to,strength,source\nKNOWS,evil,li-wei,0.5,-cmd\n".getBytes(StandardCharsets.UTF_8),
				CSV)
			.expectStatus()
			.isOk();

		String people = text("/api/v1/export/people.csv");
		String ties = text("/api/v1/export/ties.csv");

		assertThat(people).startsWith("\uFEFFid,name,title,department,accountId")
			.contains("evil,\"'=HYPERLINK(\"\"http://x\"\")\",'+1 boss,'@SUM(A1),acme")
			.contains("li-wei,Li Wei,CFO,,acme,DRIVER");
		assertThat(ties).contains("KNOWS,evil,li-wei,0.5,,,'-cmd");
		this.client.query("MATCH ()-[r:KNOWS]->() DELETE r").run();
		post("kind=TIES", ties.getBytes(StandardCharsets.UTF_8), CSV).expectStatus().isOk();
		assertThat(count("KNOWS")).isEqualTo(1);
	}

	RestTestClient.ResponseSpec post(String query, byte[] body, MediaType type) {
		return this.http.post().uri("/api/v1/import/csv?" + query).contentType(type).body(body).exchange();
	}

	JsonNode publish(String id) {
		return this.http.post()
			.uri("/api/v1/imports/" + id + "/publish")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
	}

	JsonNode get(String id) {
		return this.http.get()
			.uri("/api/v1/imports/" + id)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
	}

	String text(String uri) {
		byte[] body = this.http.get()
			.uri(uri)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(byte[].class)
			.returnResult()
			.getResponseBody();
		return new String(body, StandardCharsets.UTF_8);
	}

	Map<String, Object> person(String id) {
		return this.client.query("""
				MATCH (p:Person {id: $id}) OPTIONAL MATCH (p)-[:WORKS_AT]->(a:Account)
				RETURN p{.*, accountId: a.id} AS p""").bind(id).to("id").fetch().one().map((row) -> {
			@SuppressWarnings("unchecked")
			Map<String, Object> p = (Map<String, Object>) row.get("p");
			return p;
		}).orElseThrow();
	}

	List<String> reportsTo() {
		return List.copyOf(
				this.client.query("MATCH (a)-[:REPORTS_TO]->(b) RETURN a.id + '>' + b.id").fetchAs(String.class).all());
	}

	long count(String labelOrType) {
		String query = labelOrType.equals(labelOrType.toUpperCase(java.util.Locale.ROOT))
				? "MATCH ()-[r:" + labelOrType + "]->() RETURN count(r)"
				: "MATCH (n:" + labelOrType + ") RETURN count(n)";
		return this.client.query(query).fetchAs(Long.class).one().orElseThrow();
	}

}
