package dev.dealgraph.assessment;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import dev.dealgraph.deal.Attitude;
import dev.dealgraph.deal.Influence;
import dev.dealgraph.paths.Reach;
import dev.dealgraph.relationship.TieDetail;
import dev.dealgraph.relationship.TieType;
import dev.dealgraph.relationship.TrustLevel;
import org.jspecify.annotations.Nullable;

/**
 * The next moves, ranked by what they pay: develop a coach first when there is none, then
 * reach the decision-makers, meet a hostile gatekeeper, convert or contain opponents,
 * find out unknown attitudes, refresh stale ties and move relationships up the trust
 * quadrant. Plain Java over a {@link DealCase}.
 */
final class NextMoves {

	static final int LIMIT = 12;

	/** Weight of catching up with an overdue gatekeeper; a decision-maker's is more. */
	private static final int CATCH_UP = 60;

	private static final Comparator<Move> ORDER = Comparator.comparingInt(Move::weight)
		.reversed()
		.thenComparing(Move::code)
		.thenComparing(Move::personId);

	private NextMoves() {
	}

	static List<Move> of(DealCase deal, AssessmentSettings settings) {
		List<Move> moves = new ArrayList<>();
		coach(deal, moves);
		for (Player decider : deal.decisionMakers()) {
			Reach reach = deal.reach().get(decider.id());
			if (reach == null) {
				Optional<Player> guide = bestCoach(deal);
				moves.add(new Move("INTRODUCTION_TO_DECISION_MAKER", decider.id(), 88,
						guide.map(Player::id).orElse(null), List.of(settings.maxHops())));
			}
			else if (decider.attitude() != Attitude.SPONSOR) {
				moves.add(
						new Move("REACH_DECISION_MAKER", decider.id(), (reach.score() < settings.weakReach()) ? 86 : 84,
								reach.firstHopId(), List.of(Math.round(reach.score() * 100) / 100.0)));
			}
		}
		for (Player gatekeeper : deal.gatekeepers()) {
			if (gatekeeper.against()) {
				moves.add(new Move("MEET_GATEKEEPER", gatekeeper.id(), 80, null, List.of()));
			}
		}
		for (Player p : deal.players()) {
			if (p.against() && !p.gatekeeps() && !p.decides()
					&& (p.influence() != Influence.LOW || swaysDecider(deal, p))) {
				moves.add(new Move("CONTAIN_OPPONENT", p.id(), p.high() ? 78 : 70, through(deal, p), List.of()));
			}
		}
		for (Player p : deal.players()) {
			if (p.key() && p.attitude() == Attitude.UNKNOWN) {
				moves.add(new Move("FIND_ATTITUDE", p.id(), p.decides() ? 75 : 60, null, List.of()));
			}
		}
		ties(deal, settings, moves);
		moves.sort(ORDER);
		return List.copyOf(moves.subList(0, Math.min(LIMIT, moves.size())));
	}

	/**
	 * Without a coach who is neutral or better, the candidates are those who most want to
	 * succeed: in growth or trouble mode, within our reach, not against us, not a
	 * decision-maker; the two best by attitude, influence and reach.
	 */
	private static void coach(DealCase deal, List<Move> moves) {
		if (deal.players().stream().anyMatch((p) -> p.coaches() && p.neutralOrBetter())) {
			return;
		}
		List<Player> candidates = deal.players()
			.stream()
			.filter((p) -> p.receptive() && !p.against() && !p.decides() && deal.reach().containsKey(p.id()))
			.sorted(Comparator.comparingInt((Player p) -> Player.support(p.attitude()))
				.thenComparingInt(PowerMap::score)
				.thenComparingDouble((p) -> deal.reach().get(p.id()).score())
				.reversed()
				.thenComparing(Player::id))
			.limit(2)
			.toList();
		for (int i = 0; i < candidates.size(); i++) {
			Player p = candidates.get(i);
			moves.add(new Move("DEVELOP_COACH", p.id(), 90 - i, deal.reach().get(p.id()).fromId(), List.of(p.mode())));
		}
	}

	private static Optional<Player> bestCoach(DealCase deal) {
		return deal.players()
			.stream()
			.filter((p) -> p.coaches() && p.neutralOrBetter())
			.max(Comparator.comparingInt((Player p) -> Player.support(p.attitude())).thenComparing(Player::id));
	}

	private static boolean swaysDecider(DealCase deal, Player p) {
		for (TieDetail tie : deal.tiesOf(p.id())) {
			boolean sways = (tie.type() == TieType.INFLUENCES && tie.from().equals(p.id()))
					|| (tie.type() == TieType.REPORTS_TO && tie.to().equals(p.id()));
			String other = tie.other(p.id());
			if (sways && deal.player(other).filter(Player::decides).isPresent()) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whom to go through: a supporter who sways them or manages them, else the first
	 * person on our best path to them, else nobody named.
	 */
	private static @Nullable String through(DealCase deal, Player opponent) {
		for (TieDetail tie : deal.tiesOf(opponent.id())) {
			boolean towards = (tie.type() == TieType.INFLUENCES && tie.to().equals(opponent.id()))
					|| (tie.type() == TieType.REPORTS_TO && tie.from().equals(opponent.id()));
			if (towards) {
				String other = tie.other(opponent.id());
				if (deal.player(other).filter(Player::supports).isPresent()) {
					return other;
				}
			}
		}
		Reach reach = deal.reach().get(opponent.id());
		if (reach != null) {
			return reach.firstHopId().equals(opponent.id()) ? reach.fromId() : reach.firstHopId();
		}
		return null;
	}

	/**
	 * Decision-makers and gatekeepers nobody of ours has seen within the upkeep rhythm
	 * (when the contacts were read), stale ties to key players, and key relationships
	 * that can move up the quadrant.
	 */
	private static void ties(DealCase deal, AssessmentSettings settings, List<Move> moves) {
		Set<String> overdue = overdue(deal, moves);
		long stale = settings.staleAfter().toDays();
		for (TieDetail tie : deal.teamTies()) {
			Player p = deal.player(deal.theirEnd(tie)).orElseThrow();
			String colleague = tie.other(p.id());
			if (!p.key()) {
				continue;
			}
			long days = (tie.lastContact() != null) ? ChronoUnit.DAYS.between(tie.lastContact(), deal.asOf()) : -1;
			if ((days < 0 || days > stale) && !overdue.contains(p.id())) {
				moves.add(new Move("REFRESH_TIE", p.id(), 50 + (p.decides() ? 5 : 0), colleague, List.of(days)));
			}
			if (tie.level() != TrustLevel.PARTNER && (p.decides() || p.coaches())) {
				TrustLevel level = (tie.level() != null) ? tie.level() : TrustLevel.OUTSIDER;
				moves.add(new Move("RAISE_TRUST", p.id(), 40 + (p.decides() ? 5 : 0), colleague, List.of(level)));
			}
		}
	}

	/**
	 * A decision-maker or technical gatekeeper whose freshest dated tie to our team is
	 * older than the rhythm key players at this stage should be seen at: the colleague
	 * who saw them last should catch up. Their ids, so a stale-tie move does not repeat.
	 */
	private static Set<String> overdue(DealCase deal, List<Move> moves) {
		Set<String> overdue = new HashSet<>();
		DealCase.Contacts contacts = deal.contacts();
		if (contacts == null) {
			return overdue;
		}
		Map<String, TieDetail> freshest = new TreeMap<>();
		for (TieDetail tie : deal.teamTies()) {
			String id = deal.theirEnd(tie);
			Player p = deal.player(id).orElseThrow();
			if ((p.decides() || p.gatekeeps()) && tie.lastContact() != null) {
				freshest.merge(id, tie, (a, b) -> b.lastContact().isAfter(a.lastContact()) ? b : a);
			}
		}
		freshest.forEach((id, tie) -> {
			long days = ChronoUnit.DAYS.between(tie.lastContact(), deal.asOf());
			if (days > contacts.rhythmDays()) {
				boolean decides = deal.player(id).orElseThrow().decides();
				moves.add(new Move("CATCH_UP_KEY_PLAYER", id, CATCH_UP + (decides ? 5 : 0), tie.other(id),
						List.of(days, contacts.rhythmDays())));
				overdue.add(id);
			}
		});
		return overdue;
	}

}
