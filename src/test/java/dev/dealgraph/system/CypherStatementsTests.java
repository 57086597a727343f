package dev.dealgraph.system;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class CypherStatementsTests {

	@Test
	void splitsAtSemicolonsAndDropsLineComments() {
		assertThat(CypherStatements.split("""
				// a comment; with a semicolon
				CREATE INDEX a IF NOT EXISTS FOR (n:A) ON (n.x);
				CREATE INDEX b IF NOT EXISTS
				  FOR (n:B) ON (n.y);
				""")).containsExactly("CREATE INDEX a IF NOT EXISTS FOR (n:A) ON (n.x)",
				"CREATE INDEX b IF NOT EXISTS\n  FOR (n:B) ON (n.y)");
	}

	@Test
	void keepsSemicolonsInsideSingleAndDoubleQuotedStringsWithEscapedQuotes() {
		assertThat(CypherStatements.split("""
				CREATE (:A {s: 'it\\'s; fine'}); CREATE (:B {s: "say \\"hi;\\" \\\\"});
				MATCH (n {s: '\\\\'}) RETURN n
				""")).containsExactly("CREATE (:A {s: 'it\\'s; fine'})", "CREATE (:B {s: \"say \\\"hi;\\\" \\\\\"})",
				"MATCH (n {s: '\\\\'}) RETURN n");
	}

	@Test
	void keepsSemicolonsAndQuotesInsideBacktickIdentifiers() {
		assertThat(CypherStatements.split("MATCH (n:`odd;label` {`it's`: 1, `a``;b`: 2}) RETURN n; RETURN 1"))
			.containsExactly("MATCH (n:`odd;label` {`it's`: 1, `a``;b`: 2}) RETURN n", "RETURN 1");
	}

	@Test
	void commentMarkersInsideStringsAreText() {
		assertThat(CypherStatements.split("RETURN 'http://example.org/*x*/' AS url; RETURN \"//\" AS slashes"))
			.containsExactly("RETURN 'http://example.org/*x*/' AS url", "RETURN \"//\" AS slashes");
	}

	@Test
	void dropsBlockCommentsWithSemicolonsAndQuotesAndKeepsTokensApart() {
		assertThat(CypherStatements.split("""
				/* first; it's a 'test' "here"
				   across lines */
				MATCH (n)/* between */RETURN n; // trailing; comment
				RETURN 2 // no semicolon at the end""")).containsExactly("MATCH (n) RETURN n", "RETURN 2");
	}

	@Test
	void skipsEmptyStatements() {
		assertThat(CypherStatements.split(";; \n ; RETURN 1;;")).containsExactly("RETURN 1");
	}

	@Test
	void rejectsUnterminatedLiteralsAndCommentsNamingTheLine() {
		assertThatIllegalArgumentException().isThrownBy(() -> CypherStatements.split("RETURN 1;\nRETURN 'open;"))
			.withMessageContaining("string literal")
			.withMessageContaining("line 2");
		assertThatIllegalArgumentException().isThrownBy(() -> CypherStatements.split("RETURN `open"))
			.withMessageContaining("backtick");
		assertThatIllegalArgumentException().isThrownBy(() -> CypherStatements.split("\n\nRETURN 1 /* open"))
			.withMessageContaining("line 3");
	}

	@Test
	void splitsTheReleasedMigrations() {
		assertThat(SchemaMigrations.load()).extracting((m) -> m.statements().size())
			.containsExactly(8, 1, 1, 2, 5, 4, 3, 2, 2, 2);
	}

}
