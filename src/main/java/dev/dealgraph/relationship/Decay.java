package dev.dealgraph.relationship;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How a KNOWS tie weakens when nobody keeps it up: its strength halves with every
 * half-life since the last contact, a partner's more slowly than an outsider's, and never
 * falls below the floor (a tie already weaker than the floor keeps its strength). A tie
 * without a recorded last contact does not decay: nothing says how old it is. Worked out
 * when a question is answered, from the stored strength and the day, so nothing is
 * rewritten as days pass.
 *
 * @param partner half-life of a partner's tie
 * @param supplier half-life of a supplier's tie
 * @param friend half-life of a friend's tie
 * @param outsider half-life of an outsider's tie
 * @param unrated half-life of a tie without a trust level
 * @param floor the least effective strength age alone brings a tie down to
 * @param byDefault whether answers use the effective strength unless a request says
 * {@code decay=false}
 * @param asOf the day age is judged on; today (UTC) when not set
 */
@ConfigurationProperties("dealgraph.decay")
public record Decay(@DefaultValue("720d") Duration partner, @DefaultValue("365d") Duration supplier,
		@DefaultValue("540d") Duration friend, @DefaultValue("120d") Duration outsider,
		@DefaultValue("180d") Duration unrated, @DefaultValue("0.1") double floor,
		@DefaultValue("true") boolean byDefault, @Nullable LocalDate asOf) {

	public Decay {
		for (Duration halfLife : new Duration[] { partner, supplier, friend, outsider, unrated }) {
			if (halfLife.toDays() < 1) {
				throw new IllegalArgumentException("dealgraph.decay half-lives must be at least one day");
			}
		}
		if (!(floor > 0 && floor <= 1)) {
			throw new IllegalArgumentException("dealgraph.decay.floor must be in (0, 1]");
		}
	}

	/** The day age is judged on. */
	public LocalDate today() {
		return (this.asOf != null) ? this.asOf : LocalDate.now(ZoneOffset.UTC);
	}

	public Duration halfLife(@Nullable TrustLevel level) {
		if (level == null) {
			return this.unrated;
		}
		return switch (level) {
			case PARTNER -> this.partner;
			case SUPPLIER -> this.supplier;
			case FRIEND -> this.friend;
			case OUTSIDER -> this.outsider;
		};
	}

	/**
	 * The strength a tie has left on {@code today}; a contact dated after it counts as
	 * today's.
	 */
	public double effective(double strength, @Nullable TrustLevel level, @Nullable LocalDate lastContact,
			LocalDate today) {
		if (lastContact == null || !lastContact.isBefore(today)) {
			return strength;
		}
		double days = ChronoUnit.DAYS.between(lastContact, today);
		double decayed = strength * Math.pow(0.5, days / halfLife(level).toDays());
		return Math.max(Math.min(strength, this.floor), decayed);
	}

	/** Whole months between the last contact and {@code today}, 0 when undated. */
	public static long monthsAgo(@Nullable LocalDate lastContact, LocalDate today) {
		return (lastContact == null || lastContact.isAfter(today)) ? 0 : ChronoUnit.MONTHS.between(lastContact, today);
	}

}
