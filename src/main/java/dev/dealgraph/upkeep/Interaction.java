package dev.dealgraph.upkeep;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import dev.dealgraph.system.MaxCodePoints;
import dev.dealgraph.system.ValidId;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;

/**
 * One contact between one of our colleagues and a person at an account.
 *
 * @param id stable client-chosen id; recording the same id again changes nothing
 * @param personId whom we met
 * @param colleagueId who of ours met them
 * @param date the day it happened, at the latest tomorrow
 * @param kind visit, call, meal...
 * @param outcome how it went; neutral when not given
 * @param dealId the deal it was about, at the person's account
 * @param note a short note
 */
public record Interaction(@NotNull @ValidId String id, @NotNull @ValidId String personId,
		@NotNull @ValidId String colleagueId, @NotNull LocalDate date, @NotNull InteractionKind kind,
		@Nullable Outcome outcome, @Nullable @ValidId String dealId, @Nullable @MaxCodePoints(500) String note) {

	public Interaction {
		if (outcome == null) {
			outcome = Outcome.NEUTRAL;
		}
	}

	Map<String, @Nullable Object> properties() {
		Map<String, @Nullable Object> properties = new HashMap<>();
		properties.put("date", this.date);
		properties.put("kind", this.kind.name());
		properties.put("outcome", (this.outcome != null) ? this.outcome.name() : null);
		properties.put("note", this.note);
		return properties;
	}

	/** What the audit keeps of it. */
	Map<String, @Nullable Object> audited() {
		Map<String, @Nullable Object> audited = properties();
		audited.put("personId", this.personId);
		audited.put("colleagueId", this.colleagueId);
		audited.put("dealId", this.dealId);
		return audited;
	}

	static Interaction from(Value map) {
		return new Interaction(map.get("id").asString(), map.get("personId").asString(),
				map.get("colleagueId").asString(), map.get("date").asLocalDate(),
				InteractionKind.valueOf(map.get("kind").asString()), Outcome.valueOf(map.get("outcome").asString()),
				map.get("dealId").asString(null), map.get("note").asString(null));
	}

}
