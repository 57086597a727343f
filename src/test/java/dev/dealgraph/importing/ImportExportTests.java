package dev.dealgraph.importing;

import java.util.List;
import java.util.Map;

import dev.dealgraph.CleanDatabase;
import dev.dealgraph.IntegrationTest;
import dev.dealgraph.account.Account;
import dev.dealgraph.person.Colleague;
import dev.dealgraph.person.Person;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
public class ImportExportTests {

	@Autowired
	RestTestClient http;

	@Autowired
	JsonMapper json;

	@Autowired
	Neo4jClient client;

	@Test
	void exportOfAnImportedAccountImportsIntoAnEmptyDatabaseAndExportsTheSame() throws Exception {
		importDocument(DemoData.read(this.json)).expectStatus().isOk();
		for (String accountId : List.of("kestrel", "nordlicht")) {
			JsonNode first = export(accountId);
			assertThat(first.get("deals").size()).isPositive();
			CleanDatabase.wipe(this.client);
			this.http.post()
				.uri("/api/v1/import")
				.contentType(MediaType.APPLICATION_JSON)
				.body(first.toString())
				.exchange()
				.expectStatus()
				.isOk();
			assertThat(export(accountId)).isEqualTo(first);
			CleanDatabase.wipe(this.client);
			importDocument(DemoData.read(this.json)).expectStatus().isOk();
		}
	}

	@Test
	void exportsOfAllAccountsTogetherKeepTiesBetweenPeopleOfDifferentAccounts() throws Exception {
		MapDocument demo = DemoData.read(this.json);
		importDocument(demo);
		List<MapDocument> exports = demo.accounts().stream().map((account) -> exportDocument(account.id())).toList();
		MapDocument union = MapDocuments.union(exports);

		assertThat(union.relationships()).containsExactlyInAnyOrderElementsOf(demo.relationships())
			.anySatisfy((tie) -> assertThat(List.of(tie.from(), tie.to())).containsExactlyInAnyOrder("elif-yilmaz",
					"stefan-kruger"));

		CleanDatabase.wipe(this.client);
		importDocument(union);
		for (int i = 0; i < exports.size(); i++) {
			assertThat(exportDocument(demo.accounts().get(i).id())).isEqualTo(exports.get(i));
		}
	}

	@Test
	void wholeExportHoldsEverythingSortedByIdIncludingWhatNoAccountExportHolds() throws Exception {
		MapDocument demo = DemoData.read(this.json);
		MapDocument loose = new MapDocument(
				List.of(new Account("zz-empty", "Empty Holdings", null, null, null, null, List.of())),
				List.of(new Colleague("aa-new-hire", "Noah Fischer", "Sales Trainee", null)),
				List.of(new Person("mm-free-agent", null, "Lars Øberg", null, null, null, null, List.of(), null, null)),
				List.of(), List.of(), List.of());
		importDocument(demo);
		importDocument(loose);

		MapDocument whole = exportAll();

		assertThat(whole).isEqualTo(MapDocuments.imported(MapDocuments.union(List.of(demo, loose))));
		assertThat(whole.trustHistory()).containsAll(demo.trustHistory());
		// the recorded contacts leave with the map, so a round trip keeps the follow-ups
		assertThat(whole.interactions()).isNotEmpty().hasSameSizeAs(demo.interactions());
	}

	@Test
	void wholeExportImportsIntoAnEmptyDatabaseAndExportsTheSame() throws Exception {
		importDocument(DemoData.read(this.json));
		String first = exportAllText();
		CleanDatabase.wipe(this.client);
		this.http.post()
			.uri("/api/v1/import")
			.contentType(MediaType.APPLICATION_JSON)
			.body(first)
			.exchange()
			.expectStatus()
			.isOk();
		assertThat(exportAllText()).isEqualTo(first);
	}

	@Test
	void importingTheSameDocumentTwiceChangesNothing() throws Exception {
		MapDocument demo = DemoData.read(this.json);
		ImportResult first = importDocument(demo).expectBody(ImportResult.class).returnResult().getResponseBody();
		assertThat(first.people().created()).isEqualTo(demo.people().size());
		Map<String, Object> versionsBefore = dealVersions();

		ImportResult second = importDocument(demo).expectBody(ImportResult.class).returnResult().getResponseBody();

		assertThat(second.people()).isEqualTo(new ImportResult.Counts(0, 0, demo.people().size()));
		assertThat(second.relationships()).isEqualTo(new ImportResult.Counts(0, 0, demo.relationships().size()));
		assertThat(second.stakeholders()).isEqualTo(new ImportResult.Counts(0, 0, demo.stakeholders().size()));
		assertThat(dealVersions()).isEqualTo(versionsBefore);
	}

	@Test
	void reimportWithOneChangedAttitudeUpdatesOnlyThatFactAndMovesItsDealVersion() throws Exception {
		MapDocument demo = DemoData.read(this.json);
		importDocument(demo).expectStatus().isOk();
		Map<String, Object> versionsBefore = dealVersions();
		var changed = demo.stakeholders().get(0);
		var flipped = new dev.dealgraph.deal.Stakeholder(changed.dealId(), changed.personId(), changed.roles(),
				changed.influence(),
				changed.attitude() == dev.dealgraph.deal.Attitude.OPPONENT ? dev.dealgraph.deal.Attitude.SPONSOR
						: dev.dealgraph.deal.Attitude.OPPONENT,
				changed.mode(), changed.winResults(), changed.concerns(), null);
		MapDocument edited = new MapDocument(List.of(), List.of(), List.of(), List.of(), List.of(flipped), List.of());

		ImportResult result = importDocument(edited).expectBody(ImportResult.class).returnResult().getResponseBody();

		assertThat(result.stakeholders()).isEqualTo(new ImportResult.Counts(0, 1, 0));
		Map<String, Object> versionsAfter = dealVersions();
		versionsBefore.forEach((deal, version) -> {
			if (deal.equals(changed.dealId())) {
				assertThat((Long) versionsAfter.get(deal)).isGreaterThan((Long) version);
			}
			else {
				assertThat(versionsAfter.get(deal)).isEqualTo(version);
			}
		});
	}

	private RestTestClient.ResponseSpec importDocument(MapDocument document) {
		return this.http.post()
			.uri("/api/v1/import")
			.contentType(MediaType.APPLICATION_JSON)
			.body(document)
			.exchange()
			.expectStatus()
			.isOk();
	}

	private JsonNode export(String accountId) {
		String body = this.http.get()
			.uri("/api/v1/accounts/{id}/export", accountId)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		return this.json.readTree(body);
	}

	private MapDocument exportDocument(String accountId) {
		return this.json.treeToValue(export(accountId), MapDocument.class);
	}

	private MapDocument exportAll() {
		return this.json.readValue(exportAllText(), MapDocument.class);
	}

	private String exportAllText() {
		return this.http.get()
			.uri("/api/v1/export")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
	}

	private Map<String, Object> dealVersions() {
		Map<String, Object> versions = new java.util.TreeMap<>();
		this.client.query("MATCH (d:Deal) RETURN d.id AS id, d.version AS version")
			.fetch()
			.all()
			.forEach((row) -> versions.put((String) row.get("id"), row.get("version")));
		return versions;
	}

}
