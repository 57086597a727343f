package dev.dealgraph.system;

import java.util.List;

import dev.dealgraph.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

@IntegrationTest
class SchemaMigrationsTests {

	@Autowired
	Neo4jClient client;

	@Autowired
	SchemaMigrations migrations;

	@AfterEach
	void restoreChecksums() {
		for (SchemaMigrations.Migration migration : SchemaMigrations.load()) {
			this.client.query("MATCH (m:SchemaMigration {version: $version}) SET m.checksum = $checksum")
				.bindAll(java.util.Map.of("version", migration.version(), "checksum", migration.checksum()))
				.run();
		}
	}

	@Test
	void everyMigrationIsRecordedOnceWithItsChecksum() {
		List<SchemaMigrations.Migration> files = SchemaMigrations.load();
		assertThat(files).isNotEmpty();
		this.migrations.apply();
		long recorded = this.client.query("MATCH (m:SchemaMigration) RETURN count(m)")
			.fetchAs(Long.class)
			.one()
			.orElseThrow();
		assertThat(recorded).isEqualTo(files.size());
		List<String> constraints = List
			.copyOf(this.client.query("SHOW CONSTRAINTS YIELD name RETURN name").fetchAs(String.class).all());
		assertThat(constraints).contains("account_id", "person_id", "colleague_id", "deal_id");
	}

	@Test
	void startUpIsRefusedWhenAnAppliedMigrationWasEdited() {
		this.client.query("MATCH (m:SchemaMigration {version: 1}) SET m.checksum = 'from-an-older-file'").run();
		assertThatIllegalStateException().isThrownBy(this.migrations::apply)
			.withMessageContaining("V1")
			.withMessageContaining("was edited after it was applied");
	}

	@Test
	void statementsAreSplitAtSemicolonsAndCommentsAreDropped() {
		assertThat(SchemaMigrations.statements("""
				// a comment; with a semicolon
				CREATE INDEX a IF NOT EXISTS FOR (n:A) ON (n.x);
				CREATE INDEX b IF NOT EXISTS
				  FOR (n:B) ON (n.y);
				""")).containsExactly("CREATE INDEX a IF NOT EXISTS FOR (n:A) ON (n.x)",
				"CREATE INDEX b IF NOT EXISTS\n  FOR (n:B) ON (n.y)");
	}

}
