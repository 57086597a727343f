package dev.dealgraph.system;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * Applies the versioned Cypher files under {@code cypher/migrations} once each, in
 * version order, and records a checksum per file in the database. An applied file that
 * was edited afterwards stops start-up: released migrations are never changed, a new one
 * is added.
 */
public class SchemaMigrations {

	static final String LOCATION = "classpath*:cypher/migrations/V*__*.cypher";

	private static final Pattern FILE_NAME = Pattern.compile("V(\\d+)__(.+)\\.cypher");

	private static final Log logger = LogFactory.getLog(SchemaMigrations.class);

	private final Neo4jClient client;

	public SchemaMigrations(Neo4jClient client) {
		this.client = client;
	}

	record Migration(int version, String description, String checksum, List<String> statements) {
	}

	public void apply() {
		this.client
			.query("CREATE CONSTRAINT schema_migration_version IF NOT EXISTS "
					+ "FOR (m:SchemaMigration) REQUIRE m.version IS UNIQUE")
			.run();
		for (Migration migration : load()) {
			var applied = this.client
				.query("MATCH (m:SchemaMigration {version: $version}) RETURN m.checksum AS checksum")
				.bind(migration.version())
				.to("version")
				.fetchAs(String.class)
				.one();
			if (applied.isPresent()) {
				if (!applied.get().equals(migration.checksum())) {
					throw new IllegalStateException("Migration V" + migration.version() + " (" + migration.description()
							+ ") was edited after it was applied to this database (checksum " + applied.get()
							+ ", file now " + migration.checksum()
							+ "). Restore the file and add a new migration instead.");
				}
				continue;
			}
			// schema statements cannot share a transaction with writes, so each runs on
			// its own
			migration.statements().forEach((statement) -> this.client.query(statement).run());
			this.client.query("MERGE (m:SchemaMigration {version: $version}) "
					+ "ON CREATE SET m.description = $description, m.checksum = $checksum, m.appliedAt = datetime()")
				.bindAll(Map.of("version", migration.version(), "description", migration.description(), "checksum",
						migration.checksum()))
				.run();
			logger.info("Applied migration V" + migration.version() + " " + migration.description());
		}
	}

	static List<Migration> load() {
		try {
			Resource[] resources = new PathMatchingResourcePatternResolver().getResources(LOCATION);
			List<Migration> migrations = new ArrayList<>();
			for (Resource resource : resources) {
				Matcher name = FILE_NAME.matcher(String.valueOf(resource.getFilename()));
				if (!name.matches()) {
					continue;
				}
				try (InputStream in = resource.getInputStream()) {
					String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
					migrations.add(new Migration(Integer.parseInt(name.group(1)), name.group(2).replace('_', ' '),
							sha256(text), statements(text)));
				}
			}
			migrations.sort(Comparator.comparingInt(Migration::version));
			for (int i = 1; i < migrations.size(); i++) {
				if (migrations.get(i).version() == migrations.get(i - 1).version()) {
					throw new IllegalStateException("Two migrations share version " + migrations.get(i).version());
				}
			}
			return migrations;
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot read migrations from " + LOCATION, ex);
		}
	}

	/**
	 * Statements end with a semicolon at the end of a line; {@code //} lines are
	 * comments.
	 */
	static List<String> statements(String text) {
		String withoutComments = Arrays.stream(text.split("\n"))
			.filter((line) -> !line.strip().startsWith("//"))
			.reduce("", (a, b) -> a + b + "\n");
		return Arrays.stream(withoutComments.split(";\\s*\n")).map(String::strip).filter((s) -> !s.isEmpty()).toList();
	}

	private static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
