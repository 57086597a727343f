package dev.dealgraph.upkeep;

import java.time.LocalDate;
import java.util.List;

import dev.dealgraph.deal.Role;
import dev.dealgraph.deal.Stage;
import org.jspecify.annotations.Nullable;

/**
 * Whom one colleague should see next, costliest to let slip first.
 *
 * @param colleagueId the colleague asked about
 * @param asOf the day the rhythms are judged on
 * @param due the people due or overdue
 * @param graphChange the read-model state it was worked out from
 */
public record UpkeepAnswer(String colleagueId, LocalDate asOf, List<Due> due, String graphChange) {

	/**
	 * One person the colleague should get back to.
	 *
	 * @param status DUE (within a week of their rhythm) or OVERDUE
	 * @param lastContact when the two last spoke, null when never recorded
	 * @param daysSinceContact days since then, null when never recorded
	 * @param intervalDays their target rhythm
	 * @param cost influence × stage × how far overdue: what letting them slip costs
	 * @param keyPlayer a decision-maker or technical gatekeeper on an open deal
	 * @param deals their open deals with the contacts recorded on each
	 * @param suggestion a touch phrased for their temperament and interests
	 * @param notes key-player deals with too few follow-ups, in words
	 */
	public record Due(String personId, String name, @Nullable String title, @Nullable String accountId,
			Cadence.Status status, @Nullable LocalDate lastContact, @Nullable Long daysSinceContact, long intervalDays,
			double cost, boolean keyPlayer, List<DealFollowUps> deals, String suggestion, List<String> notes) {
	}

	/**
	 * @param followUps contacts recorded with the person on this deal, by anyone of ours
	 * @param fewFollowUps a key player with fewer than
	 * {@code dealgraph.upkeep.cadence.min-follow-ups}
	 */
	public record DealFollowUps(String dealId, Stage stage, List<Role> roles, int followUps, boolean fewFollowUps) {
	}

}
