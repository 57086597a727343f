package dev.dealgraph.assessment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import dev.dealgraph.deal.Attitude;
import dev.dealgraph.deal.Influence;

/**
 * Influence × attitude. Priority ranks where effort pays: influence weight (high 3,
 * medium 2, low or unknown 1) times how far the person can still move toward us (neutral
 * or unknown 3, non-supporter 2, supporter 1 to sponsor, opponent 1: rarely converted,
 * mostly contained, sponsor 0); ties go to the decision-makers, then by id.
 */
final class PowerMap {

	/**
	 * One stakeholder on the map.
	 *
	 * @param personId the person
	 * @param name display name
	 * @param influence influence in this deal
	 * @param attitude attitude in this deal
	 * @param quadrant influence high or low × for, undecided or against
	 * @param priority 1 for where effort pays most
	 * @param priorityScore influence weight × room to move
	 */
	record Entry(String personId, String name, Influence influence, Attitude attitude, String quadrant, int priority,
			int priorityScore) {
	}

	private PowerMap() {
	}

	static List<Entry> of(DealCase deal) {
		List<Player> ranked = new ArrayList<>(deal.players());
		ranked.sort(Comparator.comparingInt(PowerMap::score)
			.reversed()
			.thenComparing((Player p) -> !p.decides())
			.thenComparing(Player::id));
		List<Entry> entries = new ArrayList<>();
		for (int i = 0; i < ranked.size(); i++) {
			Player p = ranked.get(i);
			entries.add(new Entry(p.id(), p.name(), (p.influence() != null) ? p.influence() : Influence.LOW,
					p.attitude(), quadrant(p), i + 1, score(p)));
		}
		return entries;
	}

	static String quadrant(Player p) {
		String stance = p.supports() ? "FOR" : p.against() ? "AGAINST" : "UNDECIDED";
		return (p.high() ? "HIGH_INFLUENCE_" : "LOW_INFLUENCE_") + stance;
	}

	static int score(Player p) {
		int weight = (p.influence() == Influence.HIGH) ? 3 : (p.influence() == Influence.MEDIUM) ? 2 : 1;
		int room = switch (p.attitude()) {
			case NEUTRAL, UNKNOWN -> 3;
			case NON_SUPPORTER -> 2;
			case SUPPORTER, OPPONENT -> 1;
			case SPONSOR -> 0;
		};
		return weight * room;
	}

}
