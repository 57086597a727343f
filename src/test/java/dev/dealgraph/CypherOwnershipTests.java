package dev.dealgraph;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each label and relationship type belongs to one feature, the only one whose Cypher
 * writes or reads it. Another feature may name a label only to match the far end of an
 * edge it owns (a deal's {@code AT} edge ends at an {@code :Account}); those uses are
 * listed here, so a new one is a decision, not an accident. The scan reads the string
 * literals of every main source file.
 */
class CypherOwnershipTests {

	private static final Path MAIN = Path.of("src/main/java/dev/dealgraph");

	/** Label or relationship type, and the feature that owns it. */
	private static final Map<String, String> OWNERS = Map.ofEntries(Map.entry(":Account", "account"),
			Map.entry(":Person", "person"), Map.entry(":Colleague", "person"), Map.entry(":Individual", "person"),
			Map.entry("WORKS_AT", "person"), Map.entry(":Deal", "deal"), Map.entry("AT", "deal"),
			Map.entry("ON_TEAM", "deal"), Map.entry("IN_DEAL", "deal"), Map.entry("KNOWS", "relationship"),
			Map.entry("INFLUENCES", "relationship"), Map.entry("REPORTS_TO", "relationship"),
			Map.entry("CONFLICTS_WITH", "relationship"), Map.entry(":GraphChange", "system"),
			Map.entry(":GraphChangeEntry", "system"), Map.entry(":SchemaMigration", "system"),
			Map.entry(":User", "access"), Map.entry(":Team", "access"), Map.entry(":ApiKey", "access"),
			Map.entry(":AccessState", "access"), Map.entry("MEMBER_OF", "access"), Map.entry("GRANTED", "access"),
			Map.entry("KEY_OF", "access"), Map.entry(":CalendarFeed", "access"), Map.entry("FEED_OF", "access"),
			Map.entry(":AuditEntry", "audit"), Map.entry(":Suppression", "person"),
			Map.entry(":SuppressionSalt", "person"), Map.entry(":Interaction", "upkeep"),
			Map.entry("WITH_PERSON", "upkeep"), Map.entry("BY_COLLEAGUE", "upkeep"), Map.entry("ON_DEAL", "upkeep"),
			Map.entry(":TrustChange", "relationship"), Map.entry("TRUST_OF", "relationship"));

	/** Far ends of a feature's own edges, matched by id: feature and token. */
	private static final Set<String> ENDPOINTS = Set.of("person :Account", "deal :Account", "deal :Colleague",
			"deal :Person", "deal :Individual", "relationship :Individual", "relationship :Colleague",
			"access :Account", "upkeep :Person", "upkeep :Colleague", "upkeep :Deal", "upkeep :Individual");

	/**
	 * The one file that reads every feature's account edges: who may see what is said
	 * once, in Cypher fragments the owners put into their own reads.
	 */
	private static final Set<String> READS_EVERY_ACCOUNT_EDGE = Set.of("system/Visibility.java");

	private static final Pattern TEXT_BLOCK = Pattern.compile("\"\"\"(.*?)\"\"\"", Pattern.DOTALL);

	private static final Pattern LITERAL = Pattern.compile("\"((?:\\\\.|[^\"\\\\\\n])*)\"");

	private static final Pattern LABEL = Pattern.compile(":([A-Z][A-Za-z]+(?:[|:][A-Z][A-Za-z]+)*)\\b");

	private static final Pattern TYPES = Pattern
		.compile("\\[\\s*\\w*\\s*:\\s*([A-Z_]+(?:\\s*\\|\\s*[A-Z_]+)*)\\s*[\\]{*]" + "|^([A-Z_]+(?:\\|[A-Z_]+)+)$");

	@Test
	void everyLabelAndTypeIsUsedOnlyByItsOwnerOrAsTheFarEndOfAnOwnedEdge() throws IOException {
		List<String> strays = new ArrayList<>();
		try (Stream<Path> files = Files.walk(MAIN)) {
			for (Path file : files.filter((p) -> p.toString().endsWith(".java")).toList()) {
				String feature = MAIN.relativize(file).getName(0).toString();
				for (String token : tokens(Files.readString(file))) {
					String owner = OWNERS.get(token);
					if (owner != null && !owner.equals(feature) && !ENDPOINTS.contains(feature + " " + token)
							&& !READS_EVERY_ACCOUNT_EDGE.contains(MAIN.relativize(file).toString())) {
						strays.add(MAIN.relativize(file) + " uses " + token + ", which " + owner + " owns");
					}
				}
			}
		}
		assertThat(strays).isEmpty();
	}

	@Test
	void theScanFindsLabelsAndTypesInCypher() {
		assertThat(tokens("""
				String q = \"""
				    MATCH (p:Person|Colleague)-[r:KNOWS|INFLUENCES]->(d:Deal {id: $id}) WHERE n:Account
				    \""";
				String t = "WORKS_AT|ON_TEAM";
				""")).contains(":Person", ":Colleague", "KNOWS", "INFLUENCES", ":Deal", ":Account", "WORKS_AT",
				"ON_TEAM");
	}

	/** The labels and relationship types named in the file's string literals. */
	static Set<String> tokens(String source) {
		Set<String> tokens = new TreeSet<>();
		String code = source.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("(?m)^\\s*//.*$", "");
		List<String> literals = new ArrayList<>();
		Matcher blocks = TEXT_BLOCK.matcher(code);
		while (blocks.find()) {
			literals.add(blocks.group(1));
		}
		Matcher strings = LITERAL.matcher(TEXT_BLOCK.matcher(code).replaceAll(""));
		while (strings.find()) {
			literals.add(strings.group(1));
		}
		for (String literal : literals) {
			Matcher labels = LABEL.matcher(literal);
			while (labels.find()) {
				for (String label : labels.group(1).split("[|:]")) {
					tokens.add(":" + label);
				}
			}
			Matcher types = TYPES.matcher(literal.strip());
			while (types.find()) {
				String group = (types.group(1) != null) ? types.group(1) : types.group(2);
				for (String type : group.split("\\|")) {
					tokens.add(type.strip());
				}
			}
		}
		return tokens;
	}

}
