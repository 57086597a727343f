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
 * @param occasions birthdays, work anniversaries and account events of the colleague's
 * people and accounts within {@code dealgraph.upkeep.occasion-days}, soonest first
 */
public record UpkeepAnswer(String colleagueId, LocalDate asOf, List<Due> due, String graphChange,
		List<Occasion> occasions) {

	/** What an occasion is. */
	public enum OccasionKind {

		BIRTHDAY, WORK_ANNIVERSARY, ACCOUNT_EVENT

	}

	/**
	 * A day worth a greeting or a visit.
	 *
	 * @param date the day it falls on next
	 * @param inDays days from {@code asOf} to it, 0 for today
	 * @param personId whose birthday or anniversary, null for an account's event
	 * @param accountId the person's account, or the account whose event it is
	 * @param name the person's name, or the event's
	 * @param years for a work anniversary, the years they will have been there
	 * @param sentence the occasion in words
	 */
	public record Occasion(OccasionKind kind, LocalDate date, long inDays, @Nullable String personId,
			@Nullable String accountId, String name, @Nullable Long years, String sentence) {
	}

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
