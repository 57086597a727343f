package dev.dealgraph.assessment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import dev.dealgraph.deal.Attitude;
import dev.dealgraph.deal.Influence;
import dev.dealgraph.deal.Mode;
import dev.dealgraph.deal.Role;
import dev.dealgraph.deal.Stage;
import dev.dealgraph.paths.Reach;
import dev.dealgraph.person.Temperament;
import dev.dealgraph.relationship.TieDetail;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Seeded randomized properties of the win probability over generated deals. Each case is
 * named by its seed and size, small deals first; the cases are the same in every run.
 * "Adding a supporter" adds one outside the deciding group: a supporting decision-maker
 * also enlarges the group, which the CEB curve says lowers the odds, so that case belongs
 * to "more decision-makers never raise it".
 */
class WinProbabilityProperties {

	private static final long BASE = 0x0dea_15a5_5e55_2026L;

	private static final int CASES = 300;

	private static final AssessmentSettings SETTINGS = AssessmentSettings.defaults();

	/** A generated deal and the change made to it, named so its seed can be found. */
	record Case(long seed, DealCase before, DealCase after, String change) {

		@Override
		public String toString() {
			return String.format("seed 0x%x, %d stakeholders, %s", this.seed, this.before.players().size(),
					this.change);
		}

	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("supportersAdded")
	void addingASupporterNeverLowersIt(Case c) {
		assertThat(value(c.after())).isGreaterThanOrEqualTo(value(c.before()));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("turnedAgainst")
	void turningADecisionMakerOrGatekeeperIntoAnOpponentNeverRaisesIt(Case c) {
		assertThat(value(c.after())).isLessThanOrEqualTo(value(c.before()));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("deciderAdded")
	void moreDecisionMakersNeverRaiseIt(Case c) {
		assertThat(value(c.after())).isLessThanOrEqualTo(value(c.before()));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("deciderAdded")
	void itStaysWithinItsBoundsAndShowsEveryFactor(Case c) {
		WinProbability p = WinProbability.of(c.before(), SETTINGS);
		assertThat(p.value()).isBetween(SETTINGS.floor(), SETTINGS.ceiling());
		double logit = WinProbability.logit(p.base()) + p.factors().stream().mapToDouble(Factor::effect).sum();
		double expected = Math.min(SETTINGS.ceiling(), Math.max(SETTINGS.floor(), 1 / (1 + Math.exp(-logit))));
		assertThat(p.value()).isCloseTo(expected, org.assertj.core.data.Offset.offset(1e-12));
	}

	static Stream<Case> supportersAdded() {
		return cases("supportersAdded", (random, deal, seed) -> {
			List<Role> roles = roles(random, false);
			Player added = player("new", random.nextBoolean() ? Attitude.SUPPORTER : Attitude.SPONSOR, roles, random);
			return new Case(seed, deal, add(deal, added, random), "adds a supporter " + roles);
		});
	}

	static Stream<Case> turnedAgainst() {
		return cases("turnedAgainst", (random, deal, seed) -> {
			List<Player> candidates = deal.players().stream().filter((p) -> p.decides() || p.gatekeeps()).toList();
			Player turned = candidates.get(random.nextInt(candidates.size()));
			List<Player> players = new ArrayList<>(deal.players());
			players.set(players.indexOf(turned), turned.with(Attitude.OPPONENT));
			return new Case(seed, deal, deal.withPlayers(players),
					"turns " + turned.id() + " " + turned.roles() + " from " + turned.attitude() + " into an opponent");
		});
	}

	static Stream<Case> deciderAdded() {
		return cases("deciderAdded", (random, deal, seed) -> {
			Player added = player("new", pick(random, Attitude.values()), List.of(Role.DECISION_MAKER), random);
			return new Case(seed, deal, add(deal, added, random), "adds a " + added.attitude() + " decision-maker");
		});
	}

	@FunctionalInterface
	interface Maker {

		Case make(SplittableRandom random, DealCase deal, long seed);

	}

	private static Stream<Case> cases(String property, Maker maker) {
		long[] seeds = new SplittableRandom(BASE + property.hashCode()).longs(CASES).toArray();
		return IntStream.range(0, CASES).mapToObj((i) -> {
			SplittableRandom random = new SplittableRandom(seeds[i]);
			int size = 1 + (int) Math.round(i * 11.0 / (CASES - 1));
			return maker.make(random, deal(random, size), seeds[i]);
		});
	}

	/** A deal of {@code size} stakeholders, the first a decision-maker. */
	private static DealCase deal(SplittableRandom random, int size) {
		List<Player> players = new ArrayList<>();
		Map<String, Reach> reach = new HashMap<>();
		for (int i = 0; i < size; i++) {
			List<Role> roles = new ArrayList<>(roles(random, true));
			if (i == 0 && !roles.contains(Role.DECISION_MAKER)) {
				roles.add(0, Role.DECISION_MAKER);
			}
			Player p = player("p" + i, pick(random, Attitude.values()), roles, random);
			players.add(p);
			if (random.nextInt(4) != 0) {
				reach.put(p.id(), new Reach(random.nextDouble(0.01, 1), 1 + random.nextInt(4), "amy", p.id()));
			}
		}
		return Cases.deal(pick(random, Stage.values()), players, List.<TieDetail>of(), reach);
	}

	private static DealCase add(DealCase deal, Player added, SplittableRandom random) {
		List<Player> players = new ArrayList<>(deal.players());
		players.add(added);
		Map<String, Reach> reach = new HashMap<>(deal.reach());
		if (random.nextBoolean()) {
			reach.put(added.id(), new Reach(random.nextDouble(0.01, 1), 1, "amy", added.id()));
		}
		return deal.withPlayers(players).withReach(reach);
	}

	private static List<Role> roles(SplittableRandom random, boolean deciding) {
		List<Role> roles = new ArrayList<>();
		for (Role role : Role.values()) {
			if ((deciding || role != Role.DECISION_MAKER) && random.nextInt(4) == 0) {
				roles.add(role);
			}
		}
		return roles;
	}

	private static Player player(String id, Attitude attitude, List<Role> roles, SplittableRandom random) {
		Influence influence = random.nextInt(5) == 0 ? null : pick(random, Influence.values());
		return new Player(id, id, null, Temperament.UNKNOWN, roles, attitude, influence, pick(random, Mode.values()));
	}

	private static <T> T pick(SplittableRandom random, T[] values) {
		return values[random.nextInt(values.length)];
	}

	private static double value(DealCase deal) {
		return WinProbability.of(deal, SETTINGS).value();
	}

}
