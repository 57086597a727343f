package dev.dealgraph.assessment;

import java.util.List;
import java.util.Set;

import dev.dealgraph.deal.Attitude;
import dev.dealgraph.deal.Influence;
import dev.dealgraph.deal.Mode;
import dev.dealgraph.deal.Role;
import dev.dealgraph.person.Temperament;
import org.jspecify.annotations.Nullable;

/**
 * A stakeholder as the assessment weighs them: who they are and what they are in this
 * deal.
 *
 * @param id person id
 * @param name display name
 * @param title job title
 * @param temperament how they like to be worked with
 * @param roles roles in this deal
 * @param attitude attitude towards us in this deal
 * @param influence influence in this deal, when known
 * @param mode response mode in this deal
 */
public record Player(String id, String name, @Nullable String title, Temperament temperament, List<Role> roles,
		Attitude attitude, @Nullable Influence influence, Mode mode) {

	static final Set<Attitude> AGAINST = Set.of(Attitude.NON_SUPPORTER, Attitude.OPPONENT);

	static final Set<Attitude> FOR = Set.of(Attitude.SPONSOR, Attitude.SUPPORTER);

	public Player {
		roles = List.copyOf(roles);
	}

	boolean has(Role role) {
		return this.roles.contains(role);
	}

	boolean decides() {
		return has(Role.DECISION_MAKER);
	}

	boolean gatekeeps() {
		return has(Role.TECHNICAL_GATEKEEPER);
	}

	/** A coach in the doctrine's sense: a coach, or a champion (a coach with power). */
	boolean coaches() {
		return has(Role.COACH) || has(Role.CHAMPION);
	}

	boolean against() {
		return AGAINST.contains(this.attitude);
	}

	boolean supports() {
		return FOR.contains(this.attitude);
	}

	/** Neutral or better: a coach we can work with. */
	boolean neutralOrBetter() {
		return supports() || this.attitude == Attitude.NEUTRAL;
	}

	boolean high() {
		return this.influence == Influence.HIGH;
	}

	boolean receptive() {
		return this.mode == Mode.GROWTH || this.mode == Mode.TROUBLE;
	}

	boolean notReceptive() {
		return this.mode == Mode.EVEN_KEEL || this.mode == Mode.OVERCONFIDENT;
	}

	/**
	 * Whether the deal turns on them: a decision-maker, approver, gatekeeper, coach or
	 * champion, or anyone of high influence.
	 */
	boolean key() {
		return decides() || has(Role.APPROVER) || gatekeeps() || coaches() || high();
	}

	/**
	 * Rank of an attitude from sponsor (5) down to opponent (0), unknown below neutral.
	 */
	static int support(Attitude attitude) {
		return switch (attitude) {
			case SPONSOR -> 5;
			case SUPPORTER -> 4;
			case NEUTRAL -> 3;
			case UNKNOWN -> 2;
			case NON_SUPPORTER -> 1;
			case OPPONENT -> 0;
		};
	}

	Player with(Attitude newAttitude) {
		return new Player(this.id, this.name, this.title, this.temperament, this.roles, newAttitude, this.influence,
				this.mode);
	}

}
