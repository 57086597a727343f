package dev.dealgraph.deal;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.dealgraph.system.MaxCodePoints;
import dev.dealgraph.system.ValidId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;

/**
 * An opportunity at an account.
 *
 * @param id stable client-chosen id
 * @param accountId the account the deal is at
 * @param name display name
 * @param stage procurement stage
 * @param value expected value in whole currency units
 * @param currency ISO 4217 code
 * @param closeDate expected close
 * @param status open, won or lost; open when not given
 * @param team our colleagues on the deal, ordered by id
 */
public record Deal(@NotNull @ValidId String id, @NotNull @ValidId String accountId,
		@NotBlank @MaxCodePoints(200) String name, @NotNull Stage stage, @Nullable @PositiveOrZero Long value,
		@Nullable @Pattern(regexp = "[A-Z]{3}", message = "{problem.field.currency}") String currency,
		@Nullable LocalDate closeDate, DealStatus status, @Size(max = 50) List<@NotNull @Valid TeamMember> team) {

	public Deal {
		status = (status != null) ? status : DealStatus.OPEN;
		team = (team != null) ? team.stream()
			.sorted(Comparator.nullsFirst(
					Comparator.comparing(TeamMember::colleagueId, Comparator.nullsFirst(Comparator.naturalOrder()))))
			.toList() : List.of();
	}

	public Deal withId(String newId) {
		return new Deal(newId, this.accountId, this.name, this.stage, this.value, this.currency, this.closeDate,
				this.status, this.team);
	}

	Map<String, @Nullable Object> properties() {
		Map<String, @Nullable Object> properties = new HashMap<>();
		properties.put("name", this.name);
		properties.put("stage", this.stage.name());
		properties.put("value", this.value);
		properties.put("currency", this.currency);
		properties.put("closeDate", this.closeDate);
		properties.put("status", this.status.name());
		return properties;
	}

	static Deal from(Value map) {
		return new Deal(map.get("id").asString(), map.get("accountId").asString(), map.get("name").asString(),
				Stage.valueOf(map.get("stage").asString()),
				map.get("value").isNull() ? null : map.get("value").asLong(), map.get("currency").asString(null),
				map.get("closeDate").isNull() ? null : map.get("closeDate").asLocalDate(),
				DealStatus.valueOf(map.get("status").asString()),
				map.get("team")
					.asList((member) -> new TeamMember(member.get("colleagueId").asString(),
							member.get("role").asString(null))));
	}

}
