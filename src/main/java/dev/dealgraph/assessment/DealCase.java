package dev.dealgraph.assessment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.dealgraph.deal.DealFacts;
import dev.dealgraph.paths.Reach;
import dev.dealgraph.relationship.TieDetail;
import dev.dealgraph.relationship.TieType;

/**
 * Everything the rules and the scoring read about one deal, gathered once from the read
 * model: plain data, so they are unit-tested without a database.
 *
 * @param dealId the deal
 * @param summary stage, value, status, account
 * @param team ids of our colleagues on the deal team
 * @param players the stakeholders, in id order
 * @param ties every assessed tie touching a stakeholder or a team member, once each
 * @param reach how well the team reaches each stakeholder; absent when out of reach
 * @param asOf the day freshness is judged on
 */
public record DealCase(String dealId, DealFacts.Summary summary, List<String> team, List<Player> players,
		List<TieDetail> ties, Map<String, Reach> reach, LocalDate asOf) {

	public DealCase {
		team = List.copyOf(team);
		players = List.copyOf(players);
		ties = List.copyOf(ties);
		reach = Map.copyOf(reach);
	}

	List<Player> decisionMakers() {
		return this.players.stream().filter(Player::decides).toList();
	}

	List<Player> gatekeepers() {
		return this.players.stream().filter(Player::gatekeeps).toList();
	}

	Optional<Player> player(String id) {
		return this.players.stream().filter((p) -> p.id().equals(id)).findFirst();
	}

	/** Our team's KNOWS ties to stakeholders. */
	List<TieDetail> teamTies() {
		List<TieDetail> ties = new ArrayList<>();
		for (TieDetail tie : this.ties) {
			if (tie.type() == TieType.KNOWS && (this.team.contains(tie.from()) != this.team.contains(tie.to()))
					&& player(this.team.contains(tie.from()) ? tie.to() : tie.from()).isPresent()) {
				ties.add(tie);
			}
		}
		return ties;
	}

	/** The stakeholder end of one of our ties. */
	String theirEnd(TieDetail tie) {
		return this.team.contains(tie.from()) ? tie.to() : tie.from();
	}

	DealCase withPlayers(List<Player> newPlayers) {
		return new DealCase(this.dealId, this.summary, this.team, newPlayers, this.ties, this.reach, this.asOf);
	}

	DealCase withReach(Map<String, Reach> newReach) {
		return new DealCase(this.dealId, this.summary, this.team, this.players, this.ties, newReach, this.asOf);
	}

}
