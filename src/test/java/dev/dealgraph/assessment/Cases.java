package dev.dealgraph.assessment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.dealgraph.deal.Attitude;
import dev.dealgraph.deal.DealFacts;
import dev.dealgraph.deal.DealStatus;
import dev.dealgraph.deal.Influence;
import dev.dealgraph.deal.Mode;
import dev.dealgraph.deal.Role;
import dev.dealgraph.deal.Stage;
import dev.dealgraph.paths.Reach;
import dev.dealgraph.person.Temperament;
import dev.dealgraph.relationship.TieDetail;
import dev.dealgraph.relationship.TieType;
import dev.dealgraph.relationship.TrustLevel;

/**
 * Deals for the rules, built by hand. {@link #healthy()} fires no red flag: a supportive
 * receptive decision-maker reached well, a sponsoring coach, a supportive gatekeeper and
 * user, fresh ties from our one colleague {@code amy} to two of them.
 */
final class Cases {

	static final LocalDate AS_OF = LocalDate.of(2026, 12, 1);

	private Cases() {
	}

	static Player player(String id, Attitude attitude, Influence influence, Mode mode, Role... roles) {
		return new Player(id, id.toUpperCase(), null, Temperament.UNKNOWN, List.of(roles), attitude, influence, mode);
	}

	static TieDetail knows(String from, String to, LocalDate lastContact) {
		return new TieDetail(TieType.KNOWS, from, to, 0.8f, TrustLevel.PARTNER, lastContact);
	}

	static TieDetail tie(TieType type, String from, String to) {
		return new TieDetail(type, from, to, 0.7f, null, null);
	}

	static Reach reach(String id, double score) {
		return new Reach(score, 1, "amy", id);
	}

	static DealCase deal(Stage stage, List<Player> players, List<TieDetail> ties, Map<String, Reach> reach) {
		return new DealCase("d", new DealFacts.Summary("acct", "Deal", stage, 1000L, "USD", DealStatus.OPEN),
				List.of("amy"), players, ties, reach, AS_OF);
	}

	static DealCase healthy() {
		List<Player> players = List.of(
				player("dm", Attitude.SUPPORTER, Influence.HIGH, Mode.GROWTH, Role.DECISION_MAKER),
				player("coach", Attitude.SPONSOR, Influence.MEDIUM, Mode.GROWTH, Role.COACH),
				player("tg", Attitude.SUPPORTER, Influence.MEDIUM, Mode.GROWTH, Role.TECHNICAL_GATEKEEPER),
				player("user", Attitude.SUPPORTER, Influence.LOW, Mode.GROWTH, Role.USER));
		List<TieDetail> ties = List.of(knows("amy", "dm", AS_OF.minusDays(10)),
				knows("amy", "coach", AS_OF.minusDays(5)));
		Map<String, Reach> reach = Map.of("dm", reach("dm", 0.7), "coach", reach("coach", 0.9), "tg", reach("tg", 0.5),
				"user", reach("user", 0.5));
		return deal(Stage.DESIGN, players, ties, reach);
	}

	/** The deal with one stakeholder replaced (same id) or added. */
	static DealCase with(DealCase deal, Player player) {
		List<Player> players = new ArrayList<>(
				deal.players().stream().filter((p) -> !p.id().equals(player.id())).toList());
		players.add(player);
		return deal.withPlayers(players);
	}

	static DealCase withTies(DealCase deal, TieDetail... more) {
		List<TieDetail> ties = new ArrayList<>(deal.ties());
		ties.addAll(List.of(more));
		return new DealCase(deal.dealId(), deal.summary(), deal.team(), deal.players(), ties, deal.reach(), deal.asOf(),
				deal.contacts());
	}

	/** The deal with these contacts recorded on it (person id, count, ...). */
	static DealCase withContacts(DealCase deal, int minimum, long rhythmDays, Object... counts) {
		Map<String, Integer> byPerson = new HashMap<>();
		for (int i = 0; i < counts.length; i += 2) {
			byPerson.put((String) counts[i], (Integer) counts[i + 1]);
		}
		return new DealCase(deal.dealId(), deal.summary(), deal.team(), deal.players(), deal.ties(), deal.reach(),
				deal.asOf(), new DealCase.Contacts(byPerson, minimum, rhythmDays));
	}

	static DealCase withoutReach(DealCase deal, String id) {
		Map<String, Reach> reach = new HashMap<>(deal.reach());
		reach.remove(id);
		return deal.withReach(reach);
	}

}
