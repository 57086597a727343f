package dev.dealgraph.browser;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.dealgraph.deal.Attitude;
import dev.dealgraph.deal.Influence;
import dev.dealgraph.deal.Role;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;

/** The style and the guide agree with the model and with the saved queries. */
class BrowserMaterialTests {

	private static final Pattern RUNNABLE = Pattern.compile("<pre class=\"[^\"]*runnable[^\"]*\">(.*?)</pre>",
			Pattern.DOTALL);

	private static final Pattern RULE = Pattern.compile("([\\w.]+)\\s*\\{((?:'[^']*'|[^}'])*)}");

	@Test
	void theGuideRunsOnlySavedQueriesAndShowsEveryOne() throws IOException {
		String guide = BrowserQueriesTests.text(new ClassPathResource("cypher/browser/dealgraph.html"));
		List<String> shown = new ArrayList<>();
		Matcher runnable = RUNNABLE.matcher(guide);
		while (runnable.find()) {
			shown.add(HtmlUtils.htmlUnescape(runnable.group(1)).strip());
		}
		assertThat(BrowserQueriesTests.savedQueries().values()).containsAll(shown);
		assertThat(shown).containsAll(BrowserQueriesTests.savedQueries().values());
		assertThat(guide).contains("<slide", "<title>");
	}

	@Test
	void theGuideSaysHowToLogInAndWhoShouldHaveThePassword() throws IOException {
		String guide = BrowserQueriesTests.text(new ClassPathResource("cypher/browser/dealgraph.html"));
		assertThat(guide).contains("<code>neo4j</code>", "<code>data/neo4j.password</code>", "<code>/browser/</code>",
				"administrators and analysts only");
	}

	@Test
	void theStyleHasARuleForEveryLabelADealCanGiveAPerson() throws IOException {
		String grass = grass();
		for (Attitude attitude : Attitude.values()) {
			assertThat(grass).contains("node." + StakeholderFunctions.DealLabels.attitude(attitude.name()) + " {");
		}
		for (Influence influence : Influence.values()) {
			assertThat(grass).contains("node." + StakeholderFunctions.DealLabels.influence(influence.name()) + " {");
		}
		for (Role role : List.of(Role.DECISION_MAKER, Role.APPROVER, Role.TECHNICAL_GATEKEEPER, Role.COACH,
				Role.CHAMPION)) {
			assertThat(grass).contains("node." + StakeholderFunctions.DealLabels.camel(role.name()) + " {");
		}
	}

	@Test
	void theStyleDrawsEveryTieTypeAndKeepsOurColleaguesApart() throws IOException {
		assertThat(grass()).contains("node.Colleague {", "node.Person {", "node.Deal {", "relationship.KNOWS {",
				"relationship.INFLUENCES {", "relationship.REPORTS_TO {", "relationship.CONFLICTS_WITH {",
				"relationship.IN_DEAL {");
	}

	@Test
	void theStyleIsNothingButRulesBrowserCanParse() throws IOException {
		// Browser's style parser knows no comments and splits properties on ; and :
		// whether quoted or not
		String grass = grass();
		Matcher rule = RULE.matcher(grass);
		int rules = 0;
		while (rule.find()) {
			rules++;
			assertThat(rule.group(1)).matches("(node|relationship)(\\.[A-Za-z_]+)?");
			for (String property : rule.group(2).split(";")) {
				if (!property.isBlank()) {
					assertThat(property.split(":")).as(property).hasSize(2);
				}
			}
		}
		assertThat(rules).isGreaterThan(20);
		assertThat(RULE.matcher(grass).replaceAll("")).isBlank();
	}

	private static String grass() throws IOException {
		return BrowserQueriesTests.text(new ClassPathResource("cypher/browser/dealgraph.grass"));
	}

}
