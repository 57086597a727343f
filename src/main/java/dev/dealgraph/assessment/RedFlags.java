package dev.dealgraph.assessment;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import dev.dealgraph.deal.Attitude;
import dev.dealgraph.paths.Reach;
import dev.dealgraph.relationship.TieDetail;
import dev.dealgraph.relationship.TieType;

/**
 * The red-flag rules, one method each; every rule is documented in the README under "Red
 * flags". Plain Java over a {@link DealCase}.
 */
final class RedFlags {

	static final Comparator<Finding> ORDER = Comparator.comparing(Finding::severity)
		.thenComparing(Finding::code)
		.thenComparing((f) -> String.join(",", f.people()));

	private RedFlags() {
	}

	static List<Finding> of(DealCase deal, AssessmentSettings settings) {
		List<Finding> flags = new ArrayList<>();
		List<Player> deciders = deal.decisionMakers();
		if (deal.players().isEmpty()) {
			flags.add(Finding.of("NO_STAKEHOLDERS", Severity.HIGH, List.of()));
		}
		if (deciders.isEmpty()) {
			flags.add(Finding.of("NO_DECISION_MAKER", Severity.HIGH, List.of()));
		}
		if (deal.players().stream().noneMatch((p) -> p.coaches() && p.neutralOrBetter())) {
			flags.add(Finding.of("NO_COACH", Severity.HIGH,
					ids(deal.players().stream().filter(Player::coaches).toList())));
		}
		reach(deal, deciders, settings, flags);
		List<Player> against = deciders.stream().filter(Player::against).toList();
		if (!against.isEmpty()) {
			flags.add(Finding.of("DECISION_MAKER_AGAINST", Severity.HIGH, ids(against)));
		}
		List<Player> closed = deciders.stream().filter(Player::notReceptive).toList();
		if (!closed.isEmpty()) {
			flags.add(Finding.of("DECISION_MAKER_NOT_RECEPTIVE", Severity.MEDIUM, ids(closed)));
		}
		List<Player> vetoes = deal.gatekeepers().stream().filter(Player::against).toList();
		if (!vetoes.isEmpty()) {
			flags.add(Finding.of("GATEKEEPER_AGAINST", Severity.HIGH, ids(vetoes)));
		}
		List<Player> strong = deal.players().stream().filter((p) -> p.high() && p.against()).toList();
		if (!strong.isEmpty()) {
			flags.add(Finding.of("HIGH_INFLUENCE_OPPONENT", Severity.HIGH, ids(strong)));
		}
		swayed(deal, flags);
		conflicts(deal, flags);
		List<Player> unknown = deal.players()
			.stream()
			.filter((p) -> p.key() && p.attitude() == Attitude.UNKNOWN)
			.toList();
		if (!unknown.isEmpty()) {
			flags.add(Finding.of("KEY_PLAYER_ATTITUDE_UNKNOWN", Severity.MEDIUM, ids(unknown)));
		}
		Set<String> known = new LinkedHashSet<>();
		deal.teamTies().forEach((tie) -> known.add(deal.theirEnd(tie)));
		if (known.size() <= 1) {
			flags.add(Finding.of("SINGLE_THREADED", Severity.HIGH, List.copyOf(known), known.size()));
		}
		stale(deal, settings, flags);
		if (deciders.size() > settings.maxDecisionMakers()) {
			flags.add(Finding.of("TOO_MANY_DECISION_MAKERS", Severity.MEDIUM, ids(deciders), deciders.size(),
					settings.maxDecisionMakers()));
		}
		flags.sort(ORDER);
		return flags;
	}

	/** Out of reach within the hop limit, or reached only below the weak-reach floor. */
	private static void reach(DealCase deal, List<Player> deciders, AssessmentSettings settings, List<Finding> flags) {
		List<Player> unreachable = new ArrayList<>();
		List<Player> weak = new ArrayList<>();
		double best = 0;
		for (Player decider : deciders) {
			Reach reach = deal.reach().get(decider.id());
			if (reach == null) {
				unreachable.add(decider);
			}
			else if (reach.score() < settings.weakReach()) {
				weak.add(decider);
				best = Math.max(best, reach.score());
			}
		}
		if (!unreachable.isEmpty()) {
			flags.add(Finding.of("DECISION_MAKER_UNREACHABLE", Severity.HIGH, ids(unreachable), settings.maxHops()));
		}
		if (!weak.isEmpty()) {
			flags.add(Finding.of("DECISION_MAKER_WEAK_REACH", Severity.MEDIUM, ids(weak), best, settings.weakReach()));
		}
	}

	/**
	 * Someone against us sways a decision-maker (INFLUENCES) or is their direct manager
	 * (the decision-maker REPORTS_TO them): one flag per pair.
	 */
	private static void swayed(DealCase deal, List<Finding> flags) {
		for (TieDetail tie : deal.ties()) {
			String opponent = switch (tie.type()) {
				case INFLUENCES -> tie.from();
				case REPORTS_TO -> tie.to();
				default -> null;
			};
			String decider = (tie.type() == TieType.INFLUENCES) ? tie.to() : tie.from();
			if (opponent == null) {
				continue;
			}
			boolean hostile = deal.player(opponent).filter(Player::against).isPresent();
			boolean decides = deal.player(decider).filter(Player::decides).isPresent();
			if (hostile && decides) {
				flags.add(Finding.of("OPPONENT_INFLUENCES_DECISION_MAKER", Severity.HIGH, List.of(opponent, decider),
						tie.type().name()));
			}
		}
	}

	/** A coach or champion in a rivalry with a decision-maker or gatekeeper. */
	private static void conflicts(DealCase deal, List<Finding> flags) {
		for (TieDetail tie : deal.ties()) {
			if (tie.type() != TieType.CONFLICTS_WITH) {
				continue;
			}
			for (String coach : List.of(tie.from(), tie.to())) {
				String other = tie.other(coach);
				boolean coaches = deal.player(coach).filter(Player::coaches).isPresent();
				boolean counts = deal.player(other).filter((p) -> p.decides() || p.gatekeeps()).isPresent();
				if (coaches && counts) {
					flags.add(Finding.of("COACH_IN_CONFLICT", Severity.MEDIUM, List.of(coach, other)));
				}
			}
		}
	}

	/**
	 * Every tie from our team to a key player is older than the stale age or undated;
	 * with no tie to a key player at all there is nothing to go stale.
	 */
	private static void stale(DealCase deal, AssessmentSettings settings, List<Finding> flags) {
		long days = settings.staleAfter().toDays();
		Set<String> players = new LinkedHashSet<>();
		boolean anyFresh = false;
		for (TieDetail tie : deal.teamTies()) {
			Player player = deal.player(deal.theirEnd(tie)).orElseThrow();
			if (!player.key()) {
				continue;
			}
			players.add(player.id());
			anyFresh |= tie.lastContact() != null && ChronoUnit.DAYS.between(tie.lastContact(), deal.asOf()) <= days;
		}
		if (!players.isEmpty() && !anyFresh) {
			flags.add(Finding.of("STALE_KEY_TIES", Severity.MEDIUM, List.copyOf(players), days));
		}
	}

	static List<String> ids(List<Player> players) {
		return players.stream().map(Player::id).toList();
	}

}
