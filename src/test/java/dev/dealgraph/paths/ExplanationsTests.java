package dev.dealgraph.paths;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import dev.dealgraph.deal.Attitude;
import dev.dealgraph.deal.Influence;
import dev.dealgraph.deal.Role;
import dev.dealgraph.paths.engine.ArcKind;
import dev.dealgraph.person.Side;
import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ExplanationsTests {

	static final Individual AMY = new Individual("amy", "Amy Chen", "Account Executive", Side.OURS, List.of(), null,
			null);

	static final Individual MARIA = new Individual("maria", "Maria Rossi", "Head of IT", Side.CUSTOMER,
			List.of(Role.COACH), Attitude.SUPPORTER, Influence.MEDIUM);

	static final Individual WANG = new Individual("wang", "Wang Jianguo", "CEO", Side.CUSTOMER,
			List.of(Role.DECISION_MAKER), Attitude.NEUTRAL, Influence.HIGH);

	static final Individual STEFAN = new Individual("stefan", "Stefan Krüger", null, Side.CUSTOMER,
			List.of(Role.TECHNICAL_GATEKEEPER), Attitude.OPPONENT, Influence.HIGH);

	static final Individual OUTSIDER = new Individual("o", "王芳", null, Side.OUTSIDE, List.of(), null, null);

	static final List<Route.Step> WARNING = List.of(new Route.Step(ArcKind.KNOWS, 0.3f, OUTSIDER),
			new Route.Step(ArcKind.REPORTS_TO_DOWN, 0.4f, STEFAN), new Route.Step(ArcKind.INFLUENCES, 0.7f, WANG));

	/** The bundles as the application's message source reads them. */
	static ResourceBundleMessageSource bundles() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("i18n/paths");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

	static Explanations in(Locale locale) {
		return new Explanations(bundles(), locale);
	}

	@Test
	void readsLikeASellerWouldSayIt() {
		String sentence = in(Locale.ENGLISH).sentence(AMY,
				List.of(new Route.Step(ArcKind.KNOWS, 0.85f, MARIA), new Route.Step(ArcKind.KNOWS, 0.8f, WANG)), true);
		assertThat(sentence).isEqualTo(
				"Amy Chen knows Maria Rossi well (0.85); Maria, a supportive coach, knows Wang Jianguo well (0.80), the decision-maker.");
	}

	@Test
	void namesTheTieAndWarnsAboutOpponents() {
		String sentence = in(Locale.ENGLISH).sentence(AMY, WARNING, false);
		assertThat(sentence).isEqualTo("Amy Chen knows 王芳 slightly (0.30); 王芳 (not on this deal) manages "
				+ "Stefan Krüger (0.40); Stefan, an opposed technical gatekeeper (handle with care), influences "
				+ "Wang Jianguo (0.70).");
	}

	@Test
	void readsLikeAChineseSalesManagerWouldSayIt() {
		String sentence = in(Locale.SIMPLIFIED_CHINESE).sentence(AMY,
				List.of(new Route.Step(ArcKind.KNOWS, 0.85f, MARIA), new Route.Step(ArcKind.KNOWS, 0.8f, WANG)), true);
		assertThat(sentence).isEqualTo("Amy Chen 与 Maria Rossi 关系很好（0.85）；Maria 是持支持态度的内线教练，"
				+ "与 Wang Jianguo 关系很好（0.80）；Wang Jianguo 是本项目的决策者。");
		assertThat(in(Locale.SIMPLIFIED_CHINESE).sentence(AMY, WARNING, false))
			.isEqualTo("Amy Chen 与 王芳 略有交情（0.30）；王芳（未参与本项目），是 Stefan Krüger 的上级（0.40）；"
					+ "Stefan 是持反对态度的技术把关者（需谨慎应对），能影响 Wang Jianguo（0.70）。");
	}

	@Test
	void joinsSeveralRolesAndNamesColleaguesInBetween() {
		Individual chen = new Individual("chen", "陈晓明", null, Side.CUSTOMER, List.of(Role.CHAMPION, Role.INITIATOR),
				Attitude.SPONSOR, null);
		Individual lars = new Individual("lars", "Lars Øberg", null, Side.OURS, List.of(), null, null);
		assertThat(in(Locale.ENGLISH).describe(chen)).isEqualTo("陈晓明, a sponsoring champion and initiator,");
		assertThat(in(Locale.SIMPLIFIED_CHINESE).describe(chen)).isEqualTo("陈晓明 是鼎力支持我们的内部推动者兼发起者");
		assertThat(in(Locale.ENGLISH).describe(lars)).isEqualTo("Lars, our colleague,");
		assertThat(in(Locale.SIMPLIFIED_CHINESE).describe(lars)).isEqualTo("Lars 是我方同事");
	}

	@Test
	void aLanguageWithoutABundleGetsEnglish() {
		assertThat(in(Locale.GERMAN).noDecisionMaker()).startsWith("No decision-maker is identified");
		assertThat(in(Locale.SIMPLIFIED_CHINESE).noDecisionMaker()).startsWith("本项目尚未标明决策者");
	}

	@Test
	void attitudeFactorsMustNotRiseTowardOpponents() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new PathSettings(0.6f, 0.4f, 1f, 0.9f, 0.75f, 0.6f, 0.35f, 0.5f, 1f, 5, 50, 4, 8,
					Duration.ofMillis(200)))
			.withMessageContaining("must not rise");
	}

}
