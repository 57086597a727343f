package dev.dealgraph.assessment;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;

import dev.dealgraph.person.Temperament;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/** The English and Chinese assessment bundles say the same things, for every code. */
class AssessmentBundlesTests {

	static final List<String> FLAGS = List.of("NO_STAKEHOLDERS", "NO_DECISION_MAKER", "NO_COACH",
			"DECISION_MAKER_UNREACHABLE", "DECISION_MAKER_WEAK_REACH", "DECISION_MAKER_AGAINST",
			"DECISION_MAKER_NOT_RECEPTIVE", "GATEKEEPER_AGAINST", "HIGH_INFLUENCE_OPPONENT",
			"OPPONENT_INFLUENCES_DECISION_MAKER.INFLUENCES", "OPPONENT_INFLUENCES_DECISION_MAKER.REPORTS_TO",
			"COACH_IN_CONFLICT", "KEY_PLAYER_ATTITUDE_UNKNOWN", "SINGLE_THREADED", "STALE_KEY_TIES",
			"TOO_MANY_DECISION_MAKERS");

	static final List<String> ACTIONS = List.of("DEVELOP_COACH", "REACH_DECISION_MAKER",
			"INTRODUCTION_TO_DECISION_MAKER", "MEET_GATEKEEPER", "CONTAIN_OPPONENT", "FIND_ATTITUDE", "REFRESH_TIE",
			"CATCH_UP_KEY_PLAYER", "RAISE_TRUST");

	@Test
	void bothLanguagesHaveEveryKeyAndNothingElse() throws IOException {
		Properties english = load("i18n/assessment.properties");
		Properties chinese = load("i18n/assessment_zh_CN.properties");
		assertThat(chinese.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
		for (String flag : FLAGS) {
			assertThat(english).containsKey("assessment.flag." + flag);
		}
		for (String action : ACTIONS) {
			assertThat(english).containsKey("assessment.action." + action + ".why");
			for (Temperament temperament : Temperament.values()) {
				assertThat(english).containsKey("assessment.action." + action + "." + temperament.name());
			}
		}
	}

	@Test
	void templatesHoldNoApostrophesForMessageFormatToSwallow() throws IOException {
		for (String bundle : List.of("i18n/assessment.properties", "i18n/assessment_zh_CN.properties")) {
			load(bundle).values().forEach((template) -> assertThat((String) template).doesNotContain("'"));
		}
	}

	@Test
	void chineseTemplatesAreChinese() throws IOException {
		load("i18n/assessment_zh_CN.properties").forEach((key, template) -> {
			if (!key.toString().startsWith("assessment.names.")) {
				assertThat((String) template).as(key.toString()).containsPattern("\\p{IsHan}");
			}
		});
	}

	private static Properties load(String path) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = new ClassPathResource(path).getInputStream()) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
