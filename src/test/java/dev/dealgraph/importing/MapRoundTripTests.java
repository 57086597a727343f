package dev.dealgraph.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import dev.dealgraph.CleanDatabase;
import dev.dealgraph.IntegrationTest;
import dev.dealgraph.account.Account;
import dev.dealgraph.relationship.Tie;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Export and import undo each other on generated maps: the whole export gives back what
 * was imported, each account export holds what {@link MapExport} promises, and the union
 * of the account exports imports into an empty database that exports the same again. Each
 * case names its seed; the smallest maps come first.
 */
@IntegrationTest
class MapRoundTripTests {

	@Autowired
	RestTestClient http;

	@Autowired
	JsonMapper json;

	@Autowired
	Neo4jClient client;

	static Stream<Arguments> maps() {
		return IntStream.range(0, 20).mapToObj((i) -> Arguments.of(20261202L + 7919L * i, 1 + i / 2));
	}

	@ParameterizedTest(name = "seed {0}, size {1}")
	@MethodSource("maps")
	void exportAndImportUndoEachOther(long seed, int size) {
		MapDocument document = RandomMaps.generate(seed, size);
		importText(this.json.writeValueAsString(document));
		// the database also holds each tie's first trust step, as of today
		MapDocument generated = MapDocuments.imported(document);

		String wholeText = exportText("/api/v1/export");
		assertThat(read(wholeText)).isEqualTo(MapDocuments.sorted(generated));

		List<MapDocument> accountExports = new ArrayList<>();
		for (Account account : generated.accounts()) {
			MapDocument export = read(exportText("/api/v1/accounts/" + account.id() + "/export"));
			assertThat(export).as("export of %s", account.id())
				.isEqualTo(MapDocuments.accountExport(generated, account.id()));
			accountExports.add(export);
		}
		MapDocument union = MapDocuments.union(accountExports);
		assertThat(union.relationships()).as("every tie touching someone at an account or in a deal")
			.containsAll(tiesTouchingMembers(generated));

		CleanDatabase.wipe(this.client);
		importText(this.json.writeValueAsString(union));
		assertThat(read(exportText("/api/v1/export"))).isEqualTo(union);
		for (int i = 0; i < accountExports.size(); i++) {
			String id = generated.accounts().get(i).id();
			assertThat(read(exportText("/api/v1/accounts/" + id + "/export"))).as("export of %s after the union", id)
				.isEqualTo(accountExports.get(i));
		}

		CleanDatabase.wipe(this.client);
		importText(wholeText);
		assertThat(exportText("/api/v1/export")).isEqualTo(wholeText);
	}

	private static List<Tie> tiesTouchingMembers(MapDocument document) {
		List<String> members = new ArrayList<>();
		document.people().stream().filter((p) -> p.accountId() != null).forEach((p) -> members.add(p.id()));
		document.stakeholders().forEach((s) -> members.add(s.personId()));
		return document.relationships()
			.stream()
			.filter((t) -> members.contains(t.from()) || members.contains(t.to()))
			.toList();
	}

	private void importText(String document) {
		this.http.post()
			.uri("/api/v1/import")
			.contentType(MediaType.APPLICATION_JSON)
			.body(document)
			.exchange()
			.expectStatus()
			.isOk();
	}

	private String exportText(String path) {
		return this.http.get()
			.uri(path)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
	}

	private MapDocument read(String text) {
		return this.json.readValue(text, MapDocument.class);
	}

}
