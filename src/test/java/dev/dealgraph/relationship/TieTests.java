package dev.dealgraph.relationship;

import java.util.Locale;

import dev.dealgraph.system.FieldProblem;
import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

class TieTests {

	@Test
	void weightedTiesNeedAStrengthInTheOpenZeroToOneInterval() {
		assertThat(knows(null).typeProblems()).extracting(FieldProblem::field).containsExactly("strength");
		assertThat(knows(0.0).typeProblems()).extracting((problem) -> english(problem))
			.containsExactly("must be greater than 0 and at most 1");
		assertThat(knows(1.0).typeProblems()).isEmpty();
		assertThat(knows(Double.NaN).typeProblems()).isNotEmpty();
	}

	@Test
	void fieldsOfOtherTypesAreRefused() {
		Tie reportsTo = new Tie(TieType.REPORTS_TO, "a", "b", 0.5, TrustLevel.FRIEND, null, null, true, "x");
		assertThat(reportsTo.typeProblems()).extracting(FieldProblem::field)
			.containsExactlyInAnyOrder("strength", "level", "note");
	}

	@Test
	void knowsAndConflictsIgnoreDirectionButInfluenceAndReportingDoNot() {
		assertThat(knows(0.5).sameEnds(new Tie(TieType.KNOWS, "b", "a", 0.1, null, null, null, null, null))).isTrue();
		Tie influences = new Tie(TieType.INFLUENCES, "a", "b", 0.5, null, null, null, null, null);
		assertThat(influences.sameEnds(new Tie(TieType.INFLUENCES, "b", "a", 0.5, null, null, null, null, null)))
			.isFalse();
		assertThat(influences.sameEnds(knows(0.5))).isFalse();
	}

	private static Tie knows(Double strength) {
		return new Tie(TieType.KNOWS, "a", "b", strength, null, null, null, null, null);
	}

	/** The problem as the English bundle says it. */
	private static String english(FieldProblem problem) {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("i18n/problems");
		messages.setDefaultEncoding("UTF-8");
		return messages.getMessage(problem.sentence(), Locale.ENGLISH);
	}

}
