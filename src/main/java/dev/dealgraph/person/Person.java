package dev.dealgraph.person;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.dealgraph.system.MaxCodePoints;
import dev.dealgraph.system.NotAfterToday;
import dev.dealgraph.system.ValidId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;

/**
 * Someone on the customer side, or outside both companies when {@code accountId} is null.
 * Deal roles and attitudes are not here: they belong to a deal.
 *
 * @param id stable client-chosen id, unique across people and colleagues
 * @param accountId the account the person works at, if any
 * @param name display name in any script
 * @param title job title
 * @param department department or unit
 * @param temperament driver, expressive, analytical or amiable
 * @param communicationPreference how they like to take in a proposal
 * @param interests rapport topics: family, occupation, recreation, dreams
 * @param birthday the day and month of their birthday ({@code --MM-DD}), when they shared
 * it; the year is not kept: a greeting needs none, and the age is more than a seller
 * needs
 * @param startedOn the day they started at their employer, for a work anniversary; never
 * after today
 */
public record Person(@NotNull @ValidId String id, @Nullable @ValidId String accountId,
		@NotBlank @MaxCodePoints(200) String name, @Nullable @MaxCodePoints(200) String title,
		@Nullable @MaxCodePoints(200) String department, @Nullable Temperament temperament,
		@Nullable CommunicationPreference communicationPreference,
		@Size(max = 20) List<@NotBlank @MaxCodePoints(100) String> interests, @Nullable MonthDay birthday,
		@Nullable @NotAfterToday LocalDate startedOn) {

	public Person {
		interests = (interests != null) ? List.copyOf(interests) : List.of();
	}

	public Person withId(String newId) {
		return new Person(newId, this.accountId, this.name, this.title, this.department, this.temperament,
				this.communicationPreference, this.interests, this.birthday, this.startedOn);
	}

	Map<String, @Nullable Object> properties() {
		Map<String, @Nullable Object> properties = new HashMap<>();
		properties.put("name", this.name);
		properties.put("title", this.title);
		properties.put("department", this.department);
		properties.put("temperament", (this.temperament != null) ? this.temperament.name() : null);
		properties.put("communicationPreference",
				(this.communicationPreference != null) ? this.communicationPreference.name() : null);
		properties.put("interests", this.interests.isEmpty() ? null : this.interests);
		properties.put("birthday", (this.birthday != null) ? this.birthday.toString() : null);
		properties.put("startedOn", this.startedOn);
		return properties;
	}

	static Person from(Value map) {
		return new Person(map.get("id").asString(), map.get("accountId").asString(null), map.get("name").asString(),
				map.get("title").asString(null), map.get("department").asString(null),
				map.get("temperament").isNull() ? null : Temperament.valueOf(map.get("temperament").asString()),
				map.get("communicationPreference").isNull() ? null
						: CommunicationPreference.valueOf(map.get("communicationPreference").asString()),
				map.get("interests").isNull() ? List.of() : map.get("interests").asList(Value::asString),
				map.get("birthday").isNull() ? null : MonthDay.parse(map.get("birthday").asString()),
				map.get("startedOn").isNull() ? null : map.get("startedOn").asLocalDate());
	}

}
