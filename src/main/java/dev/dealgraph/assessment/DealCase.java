package dev.dealgraph.assessment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.dealgraph.deal.DealFacts;
import dev.dealgraph.paths.Reach;
import dev.dealgraph.relationship.TieDetail;
import dev.dealgraph.relationship.TieType;
import org.jspecify.annotations.Nullable;

/**
 * Everything the rules and the scoring read about one deal, gathered once from the read
 * model: plain data, so they are unit-tested without a database. Stakeholders are indexed
 * by id and our ties to them picked out once, since every rule asks.
 * <p>
 * It holds the deal's own facts (stage, value, status, account), the ids of our team, the
 * stakeholders in id order, every assessed tie touching a stakeholder or a team member
 * (once each), how well the team reaches each stakeholder (absent when out of reach) and
 * the day freshness is judged on; and, when they were read, the contacts recorded with
 * each stakeholder on this deal.
 */
public final class DealCase {

	private final String dealId;

	private final DealFacts.Summary summary;

	private final List<String> team;

	private final List<Player> players;

	private final List<TieDetail> ties;

	private final Map<String, Reach> reach;

	private final LocalDate asOf;

	private final @Nullable Contacts contacts;

	private final Map<String, Player> byId = new HashMap<>();

	private final List<TieDetail> teamTies = new ArrayList<>();

	private final Map<String, List<TieDetail>> tiesOf = new HashMap<>();

	/**
	 * The contacts recorded with each stakeholder on the deal.
	 *
	 * @param byPerson contacts by stakeholder id; absent means none
	 * @param minimum a key player with fewer has had too few
	 * @param rhythmDays how often a key player on this deal should hear from us
	 */
	public record Contacts(Map<String, Integer> byPerson, int minimum, long rhythmDays) {

		public Contacts {
			byPerson = Map.copyOf(byPerson);
		}

		public int of(String personId) {
			return this.byPerson.getOrDefault(personId, 0);
		}

	}

	public DealCase(String dealId, DealFacts.Summary summary, List<String> team, List<Player> players,
			List<TieDetail> ties, Map<String, Reach> reach, LocalDate asOf) {
		this(dealId, summary, team, players, ties, reach, asOf, null);
	}

	public DealCase(String dealId, DealFacts.Summary summary, List<String> team, List<Player> players,
			List<TieDetail> ties, Map<String, Reach> reach, LocalDate asOf, @Nullable Contacts contacts) {
		this.contacts = contacts;
		this.dealId = dealId;
		this.summary = summary;
		this.team = List.copyOf(team);
		this.players = List.copyOf(players);
		this.ties = List.copyOf(ties);
		this.reach = Map.copyOf(reach);
		this.asOf = asOf;
		this.players.forEach((p) -> this.byId.put(p.id(), p));
		Set<String> ours = new HashSet<>(this.team);
		for (TieDetail tie : this.ties) {
			this.tiesOf.computeIfAbsent(tie.from(), (id) -> new ArrayList<>()).add(tie);
			this.tiesOf.computeIfAbsent(tie.to(), (id) -> new ArrayList<>()).add(tie);
			if (tie.type() == TieType.KNOWS && ours.contains(tie.from()) != ours.contains(tie.to())
					&& this.byId.containsKey(ours.contains(tie.from()) ? tie.to() : tie.from())) {
				this.teamTies.add(tie);
			}
		}
	}

	public String dealId() {
		return this.dealId;
	}

	public DealFacts.Summary summary() {
		return this.summary;
	}

	public List<String> team() {
		return this.team;
	}

	public List<Player> players() {
		return this.players;
	}

	public List<TieDetail> ties() {
		return this.ties;
	}

	public Map<String, Reach> reach() {
		return this.reach;
	}

	public LocalDate asOf() {
		return this.asOf;
	}

	/** The contacts recorded on this deal, null when they were not read. */
	public @Nullable Contacts contacts() {
		return this.contacts;
	}

	List<Player> decisionMakers() {
		return this.players.stream().filter(Player::decides).toList();
	}

	List<Player> gatekeepers() {
		return this.players.stream().filter(Player::gatekeeps).toList();
	}

	Optional<Player> player(String id) {
		return Optional.ofNullable(this.byId.get(id));
	}

	/** The ties of one person or colleague among {@link #ties()}. */
	List<TieDetail> tiesOf(String id) {
		return this.tiesOf.getOrDefault(id, List.of());
	}

	/** Our team's KNOWS ties to stakeholders. */
	List<TieDetail> teamTies() {
		return this.teamTies;
	}

	/** The stakeholder end of one of our ties. */
	String theirEnd(TieDetail tie) {
		return this.team.contains(tie.from()) ? tie.to() : tie.from();
	}

	DealCase withPlayers(List<Player> newPlayers) {
		return new DealCase(this.dealId, this.summary, this.team, newPlayers, this.ties, this.reach, this.asOf,
				this.contacts);
	}

	DealCase withReach(Map<String, Reach> newReach) {
		return new DealCase(this.dealId, this.summary, this.team, this.players, this.ties, newReach, this.asOf,
				this.contacts);
	}

}
