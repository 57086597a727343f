package dev.dealgraph.upkeep;

import java.time.Duration;

import dev.dealgraph.deal.Stage;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How often each stakeholder should hear from us.
 *
 * @param keyPlayer rhythm for a decision-maker or technical gatekeeper on an open deal
 * @param stakeholder rhythm for anyone else on an open deal
 * @param acquaintance rhythm for someone on no open deal
 * @param lateStage from this stage on, a deal's key players are seen more often
 * @param lateStageFactor the key player's rhythm is multiplied by this on late deals
 * @param dueWithin someone is due this long before their rhythm runs out
 * @param minFollowUps key players with fewer recorded contacts on an open deal are
 * flagged (most wins come from the fourth to the eleventh follow-up)
 */
@ConfigurationProperties("dealgraph.upkeep.cadence")
public record CadenceSettings(@DefaultValue("30d") Duration keyPlayer, @DefaultValue("60d") Duration stakeholder,
		@DefaultValue("120d") Duration acquaintance, @DefaultValue("COMPARISON") Stage lateStage,
		@DefaultValue("0.5") double lateStageFactor, @DefaultValue("7d") Duration dueWithin,
		@DefaultValue("4") int minFollowUps) {

	public CadenceSettings {
		if (keyPlayer.toDays() < 1 || stakeholder.toDays() < 1 || acquaintance.toDays() < 1) {
			throw new IllegalArgumentException("dealgraph.upkeep.cadence rhythms must be at least one day");
		}
		if (!(lateStageFactor > 0 && lateStageFactor <= 1)) {
			throw new IllegalArgumentException("dealgraph.upkeep.cadence.late-stage-factor must be in (0, 1]");
		}
	}

}
