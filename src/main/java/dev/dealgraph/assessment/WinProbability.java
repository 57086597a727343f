package dev.dealgraph.assessment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import dev.dealgraph.deal.Attitude;
import dev.dealgraph.deal.Influence;
import dev.dealgraph.deal.Role;
import dev.dealgraph.paths.Reach;

/**
 * The win probability: the stage's base rate moved by factors in log-odds, then clamped.
 * Each factor reads one thing the doctrine says moves a deal; the least supportive, least
 * reachable decision-maker counts for the group, because a group decides only when all of
 * it agrees. The CEB curve (81 % with one decision-maker, 55 % with two, 31 % with six,
 * straight in log-odds between and after) gives the group-size factor.
 *
 * @param base the stage's base rate
 * @param value the probability after every factor
 * @param factors every factor with its effect
 */
record WinProbability(double base, double value, List<Factor> factors) {

	private static final Role[] DECIDING = { Role.DECISION_MAKER, Role.COACH, Role.TECHNICAL_GATEKEEPER, Role.USER };

	static WinProbability of(DealCase deal, AssessmentSettings s) {
		double base = deal.summary().stage().baseWinRate();
		List<Factor> factors = new ArrayList<>();
		List<Player> coaches = deal.players().stream().filter((p) -> p.coaches() && p.neutralOrBetter()).toList();
		factors.add(coaches.isEmpty() ? factor("NO_COACH", s.noCoach(), List.of())
				: factor("COACH_PRESENT", s.coachPresent(), coaches));
		List<Player> deciders = deal.decisionMakers();
		if (deciders.isEmpty()) {
			factors.add(factor("NO_DECISION_MAKER", s.noDecisionMaker(), List.of()));
		}
		else {
			Player least = deciders.stream()
				.min(Comparator.comparingInt((Player p) -> Player.support(p.attitude())))
				.orElseThrow();
			factors
				.add(factor("DECISION_MAKER_" + least.attitude().name(), decider(least.attitude(), s), List.of(least)));
			List<Player> closed = deciders.stream().filter(Player::notReceptive).toList();
			if (!closed.isEmpty()) {
				factors.add(factor("DECISION_MAKER_NOT_RECEPTIVE", s.notReceptive(), closed));
			}
			else if (deciders.stream().allMatch(Player::receptive)) {
				factors.add(factor("DECISION_MAKER_RECEPTIVE", s.receptive(), deciders));
			}
			reach(deal, deciders, s, factors);
			if (deciders.size() > 1) {
				double effect = s.groupWeight() * (groupLogit(deciders.size()) - groupLogit(1));
				factors.add(new Factor("DECIDING_GROUP", effect, RedFlags.ids(deciders),
						List.of(deciders.size(), percent(group(deciders.size())))));
			}
		}
		gatekeepers(deal, s, factors);
		for (Player p : deal.players()) {
			if (p.against()) {
				double effect = (p.influence() == Influence.HIGH) ? s.opponentHigh()
						: (p.influence() == Influence.MEDIUM) ? s.opponentMedium() : s.opponentLow();
				factors.add(factor("OPPONENT_" + ((p.influence() != null) ? p.influence().name() : "LOW"), effect,
						List.of(p)));
			}
		}
		followUps(deal, s, factors);
		int covered = 0;
		for (Role role : DECIDING) {
			covered += Coverage.secured(deal, role) ? 1 : 0;
		}
		if (covered > 0) {
			factors.add(new Factor("ROLES_COVERED", covered * s.roleCovered(), List.of(), List.of(covered)));
		}
		double logit = logit(base);
		for (Factor factor : factors) {
			logit += factor.effect();
		}
		double value = Math.min(s.ceiling(), Math.max(s.floor(), 1 / (1 + Math.exp(-logit))));
		return new WinProbability(base, value, factors);
	}

	private static void reach(DealCase deal, List<Player> deciders, AssessmentSettings s, List<Factor> factors) {
		Player weakest = null;
		double worst = Double.MAX_VALUE;
		for (Player decider : deciders) {
			Reach reach = deal.reach().get(decider.id());
			double score = (reach != null) ? reach.score() : -1;
			if (score < worst) {
				worst = score;
				weakest = decider;
			}
		}
		if (worst < 0) {
			factors.add(factor("DECISION_MAKER_UNREACHABLE", s.reachNone(), List.of(weakest)));
		}
		else if (worst < s.weakReach()) {
			factors.add(new Factor("DECISION_MAKER_WEAK_REACH", s.reachWeak(), List.of(weakest.id()),
					List.of(round(worst))));
		}
		else {
			factors.add(new Factor("DECISION_MAKER_REACHED", s.reachStrong(), RedFlags.ids(deciders),
					List.of(round(worst))));
		}
	}

	private static void gatekeepers(DealCase deal, AssessmentSettings s, List<Factor> factors) {
		List<Player> gatekeepers = deal.gatekeepers();
		if (gatekeepers.isEmpty()) {
			return;
		}
		Player least = gatekeepers.stream()
			.min(Comparator.comparingInt((Player p) -> Player.support(p.attitude())))
			.orElseThrow();
		if (least.attitude() == Attitude.OPPONENT) {
			factors.add(factor("GATEKEEPER_OPPONENT", s.gatekeeperOpponent(), List.of(least)));
		}
		else if (least.attitude() == Attitude.NON_SUPPORTER) {
			factors.add(factor("GATEKEEPER_NON_SUPPORTER", s.gatekeeperNonSupporter(), List.of(least)));
		}
		else if (gatekeepers.stream().allMatch(Player::supports)) {
			factors.add(factor("GATEKEEPER_FOR", s.gatekeeperFor(), gatekeepers));
		}
	}

	/**
	 * Most wins come from the fourth to the eleventh follow-up: from the stage where that
	 * counts, a decision-maker or technical gatekeeper with too few recorded contacts on
	 * the deal lowers the odds, and every one of them having had enough raises them.
	 */
	private static void followUps(DealCase deal, AssessmentSettings s, List<Factor> factors) {
		DealCase.Contacts contacts = deal.contacts();
		List<Player> key = deal.players().stream().filter((p) -> p.decides() || p.gatekeeps()).toList();
		if (contacts == null || key.isEmpty() || deal.summary().stage().compareTo(s.followUpsFrom()) < 0) {
			return;
		}
		List<Player> few = key.stream().filter((p) -> contacts.of(p.id()) < contacts.minimum()).toList();
		if (few.isEmpty()) {
			factors
				.add(new Factor("FOLLOW_UPS_KEPT", s.followUpsKept(), RedFlags.ids(key), List.of(contacts.minimum())));
		}
		else {
			int least = few.stream().mapToInt((p) -> contacts.of(p.id())).min().orElseThrow();
			factors.add(new Factor("FEW_FOLLOW_UPS", s.fewFollowUps(), RedFlags.ids(few),
					List.of(least, contacts.minimum())));
		}
	}

	private static double decider(Attitude attitude, AssessmentSettings s) {
		return switch (attitude) {
			case SPONSOR -> s.decisionMakerSponsor();
			case SUPPORTER -> s.decisionMakerSupporter();
			case NEUTRAL -> 0;
			case UNKNOWN -> s.decisionMakerUnknown();
			case NON_SUPPORTER -> s.decisionMakerNonSupporter();
			case OPPONENT -> s.decisionMakerOpponent();
		};
	}

	/** The CEB purchase likelihood for a group of {@code n} decision-makers. */
	static double group(int n) {
		return 1 / (1 + Math.exp(-groupLogit(n)));
	}

	private static double groupLogit(int n) {
		double one = logit(0.81);
		double two = logit(0.55);
		double six = logit(0.31);
		if (n <= 1) {
			return one;
		}
		if (n <= 2) {
			return two;
		}
		double perExtra = (six - two) / 4;
		return two + (n - 2) * perExtra;
	}

	static double logit(double p) {
		return Math.log(p / (1 - p));
	}

	private static Factor factor(String code, double effect, List<Player> people) {
		return new Factor(code, effect, RedFlags.ids(people), List.of());
	}

	private static double round(double value) {
		return Math.round(value * 100) / 100.0;
	}

	private static long percent(double value) {
		return Math.round(value * 100);
	}

}
