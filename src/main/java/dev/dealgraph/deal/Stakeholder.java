package dev.dealgraph.deal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import dev.dealgraph.system.MaxCodePoints;
import dev.dealgraph.system.ValidId;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.hibernate.validator.constraints.UniqueElements;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;

/**
 * What a person is in one deal: the facts on the {@code IN_DEAL} edge.
 *
 * @param dealId the deal
 * @param personId the person
 * @param roles the roles they play in this deal, in a fixed order
 * @param influence how much their view weighs here
 * @param attitude their attitude toward us here; unknown when not given
 * @param mode whether they see a gap worth closing; unknown when not given
 * @param winResults what a win would bring them personally and for their organisation
 * @param concerns what worries them
 * @param updatedAt when these facts last changed; set by the service when not given
 */
public record Stakeholder(@NotNull @ValidId String dealId, @NotNull @ValidId String personId,
		@Size(max = 8) @UniqueElements(message = "must not name a role twice") List<@NotNull Role> roles,
		@Nullable Influence influence, Attitude attitude, Mode mode, @Nullable @MaxCodePoints(2000) String winResults,
		@Nullable @MaxCodePoints(2000) String concerns, @Nullable Instant updatedAt) {

	public Stakeholder {
		// kept as sent, nulls and repeats included, so validation can refuse them
		roles = (roles == null) ? List.of() : roles.stream().anyMatch(Objects::isNull)
				? Collections.unmodifiableList(new ArrayList<>(roles)) : roles.stream().sorted().toList();
		attitude = (attitude != null) ? attitude : Attitude.UNKNOWN;
		mode = (mode != null) ? mode : Mode.UNKNOWN;
	}

	public Stakeholder withIds(String newDealId, String newPersonId) {
		return new Stakeholder(newDealId, newPersonId, this.roles, this.influence, this.attitude, this.mode,
				this.winResults, this.concerns, this.updatedAt);
	}

	public Stakeholder withUpdatedAt(@Nullable Instant instant) {
		return new Stakeholder(this.dealId, this.personId, this.roles, this.influence, this.attitude, this.mode,
				this.winResults, this.concerns, instant);
	}

	/** Same facts, whenever they were recorded. */
	public boolean sameFacts(Stakeholder other) {
		return withUpdatedAt(null).equals(other.withUpdatedAt(null));
	}

	Map<String, @Nullable Object> properties() {
		Map<String, @Nullable Object> properties = new HashMap<>();
		properties.put("roles", this.roles.stream().map(Role::name).toList());
		properties.put("influence", (this.influence != null) ? this.influence.name() : null);
		properties.put("attitude", this.attitude.name());
		properties.put("mode", this.mode.name());
		properties.put("winResults", this.winResults);
		properties.put("concerns", this.concerns);
		return properties;
	}

	static Stakeholder from(Value map) {
		return new Stakeholder(map.get("dealId").asString(), map.get("personId").asString(),
				map.get("roles").asList((role) -> Role.valueOf(role.asString())),
				map.get("influence").isNull() ? null : Influence.valueOf(map.get("influence").asString()),
				Attitude.valueOf(map.get("attitude").asString()), Mode.valueOf(map.get("mode").asString()),
				map.get("winResults").asString(null), map.get("concerns").asString(null),
				map.get("updatedAt").isNull() ? null : map.get("updatedAt").asZonedDateTime().toInstant());
	}

}
