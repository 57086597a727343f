package dev.dealgraph.upkeep;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import dev.dealgraph.deal.Influence;
import dev.dealgraph.deal.Role;
import dev.dealgraph.deal.Stage;
import org.jspecify.annotations.Nullable;

/**
 * Whom a colleague should see next: each person's target rhythm from their part in open
 * deals, whether they are due or overdue, and what letting them slip costs (influence ×
 * stage × how far overdue). Plain Java over what the caller gathered.
 */
final class Cadence {

	/** Overdueness of someone we have no recorded contact with. */
	static final double NEVER = 2.0;

	private final CadenceSettings settings;

	Cadence(CadenceSettings settings) {
		this.settings = settings;
	}

	/** One part a person plays in one open deal. */
	record Part(String dealId, Stage stage, List<Role> roles, @Nullable Influence influence, int followUps) {

		boolean key() {
			return this.roles.contains(Role.DECISION_MAKER) || this.roles.contains(Role.TECHNICAL_GATEKEEPER);
		}

	}

	enum Status {

		DUE, OVERDUE

	}

	/**
	 * How a person stands: null when not yet due.
	 *
	 * @param interval the target rhythm in days
	 * @param daysSince days since the last contact, null when none is recorded
	 */
	record Judged(Status status, long interval, @Nullable Long daysSince, boolean keyPlayer, double cost) {
	}

	/** The rhythm in days for someone with these parts in open deals. */
	long interval(List<Part> parts) {
		if (parts.isEmpty()) {
			return this.settings.acquaintance().toDays();
		}
		long interval = this.settings.stakeholder().toDays();
		for (Part part : parts) {
			if (part.key()) {
				double days = this.settings.keyPlayer().toDays();
				if (part.stage().compareTo(this.settings.lateStage()) >= 0) {
					days *= this.settings.lateStageFactor();
				}
				interval = Math.min(interval, Math.max(1, Math.round(days)));
			}
		}
		return interval;
	}

	@Nullable Judged judge(@Nullable LocalDate lastContact, List<Part> parts, LocalDate today) {
		long interval = interval(parts);
		boolean key = parts.stream().anyMatch(Part::key);
		Long daysSince = (lastContact != null) ? Math.max(0, ChronoUnit.DAYS.between(lastContact, today)) : null;
		Status status;
		double overdueness;
		if (daysSince == null) {
			status = Status.OVERDUE;
			overdueness = NEVER;
		}
		else if (daysSince > interval) {
			status = Status.OVERDUE;
			overdueness = (double) daysSince / interval;
		}
		else if (daysSince >= interval - this.settings.dueWithin().toDays()) {
			status = Status.DUE;
			overdueness = (double) daysSince / interval;
		}
		else {
			return null;
		}
		return new Judged(status, interval, daysSince, key, influence(parts) * stage(parts) * overdueness);
	}

	/** Weight of the most influence the person has on any open deal: 1 to 3. */
	static double influence(List<Part> parts) {
		int most = 0;
		for (Part part : parts) {
			most = Math.max(most, (part.influence() != null) ? part.influence().ordinal() : 0);
		}
		return 1 + most;
	}

	/**
	 * Weight of the most advanced open deal: the stage's base win rate, so late deals
	 * weigh most; someone on none weighs as an early deal's stakeholder would.
	 */
	static double stage(List<Part> parts) {
		double most = Stage.INTEREST.baseWinRate();
		for (Part part : parts) {
			most = Math.max(most, part.stage().baseWinRate());
		}
		return most;
	}

	/** Whether a key player has had too few recorded contacts on this deal. */
	boolean fewFollowUps(Part part) {
		return part.key() && part.followUps() < this.settings.minFollowUps();
	}

}
