package dev.dealgraph.paths;

import java.time.Duration;
import java.util.List;

import dev.dealgraph.deal.Attitude;
import dev.dealgraph.deal.Influence;
import dev.dealgraph.deal.Role;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ExplanationsTests {

	static final Individual AMY = new Individual("amy", "Amy Chen", "Account Executive", Individual.Side.OURS,
			List.of(), null, null);

	static final Individual MARIA = new Individual("maria", "Maria Rossi", "Head of IT", Individual.Side.CUSTOMER,
			List.of(Role.COACH), Attitude.SUPPORTER, Influence.MEDIUM);

	static final Individual WANG = new Individual("wang", "Wang Jianguo", "CEO", Individual.Side.CUSTOMER,
			List.of(Role.DECISION_MAKER), Attitude.NEUTRAL, Influence.HIGH);

	@Test
	void readsLikeASellerWouldSayIt() {
		String sentence = Explanations.sentence(AMY,
				List.of(new Route.Step("KNOWS", 0.85f, MARIA), new Route.Step("KNOWS", 0.8f, WANG)), true);
		assertThat(sentence).isEqualTo(
				"Amy Chen knows Maria Rossi well (0.85); Maria, a supportive coach, knows Wang Jianguo well (0.80), the decision-maker.");
	}

	@Test
	void namesTheTieAndWarnsAboutOpponents() {
		Individual stefan = new Individual("stefan", "Stefan Krüger", null, Individual.Side.CUSTOMER,
				List.of(Role.TECHNICAL_GATEKEEPER), Attitude.OPPONENT, Influence.HIGH);
		Individual outsider = new Individual("o", "王芳", null, Individual.Side.OUTSIDE, List.of(), null, null);
		String sentence = Explanations.sentence(AMY, List.of(new Route.Step("KNOWS", 0.3f, outsider),
				new Route.Step("REPORTS_TO_DOWN", 0.4f, stefan), new Route.Step("INFLUENCES", 0.7f, WANG)), false);
		assertThat(sentence).isEqualTo("Amy Chen knows 王芳 slightly (0.30); 王芳 (not on this deal) manages "
				+ "Stefan Krüger (0.40); Stefan, an opposed technical gatekeeper (handle with care), influences "
				+ "Wang Jianguo (0.70).");
	}

	@Test
	void attitudeFactorsMustNotRiseTowardOpponents() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new PathSettings(0.6f, 0.4f, 1f, 0.9f, 0.75f, 0.6f, 0.35f, 0.5f, 1f, 5, 50, 4, 8,
					Duration.ofMillis(200)))
			.withMessageContaining("must not rise");
	}

}
