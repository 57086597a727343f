package dev.dealgraph.account;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.dealgraph.system.MaxCodePoints;
import dev.dealgraph.system.ValidId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;

/**
 * A customer organisation.
 *
 * @param id stable client-chosen id
 * @param name display name
 * @param industry free text, e.g. telecom
 * @param size free text, e.g. 12,000 employees
 * @param lifecycleStage where the account is in its life with us
 * @param notes anything the team wants to keep
 * @param events dated events of the customer's own worth a touch, in date order as given;
 * kept on the account node as three lists of the same length (names, dates, yearly),
 * since an event has no identity of its own and nothing else points at it
 */
public record Account(@NotNull @ValidId String id, @NotBlank @MaxCodePoints(200) String name,
		@Nullable @MaxCodePoints(200) String industry, @Nullable @MaxCodePoints(200) String size,
		@Nullable LifecycleStage lifecycleStage, @Nullable @MaxCodePoints(4000) String notes,
		@Size(max = 50) List<@NotNull @Valid AccountEvent> events) {

	public Account {
		events = (events != null) ? List.copyOf(events) : List.of();
	}

	public Account withId(String newId) {
		return new Account(newId, this.name, this.industry, this.size, this.lifecycleStage, this.notes, this.events);
	}

	Map<String, @Nullable Object> properties() {
		Map<String, @Nullable Object> properties = new HashMap<>();
		properties.put("name", this.name);
		properties.put("industry", this.industry);
		properties.put("size", this.size);
		properties.put("lifecycleStage", (this.lifecycleStage != null) ? this.lifecycleStage.name() : null);
		properties.put("notes", this.notes);
		properties.put("eventNames",
				this.events.isEmpty() ? null : this.events.stream().map(AccountEvent::name).toList());
		properties.put("eventDates",
				this.events.isEmpty() ? null : this.events.stream().map(AccountEvent::date).toList());
		properties.put("eventYearly",
				this.events.isEmpty() ? null : this.events.stream().map(AccountEvent::yearly).toList());
		return properties;
	}

	static Account from(Value node) {
		return new Account(node.get("id").asString(), node.get("name").asString(), node.get("industry").asString(null),
				node.get("size").asString(null),
				node.get("lifecycleStage").isNull() ? null
						: LifecycleStage.valueOf(node.get("lifecycleStage").asString()),
				node.get("notes").asString(null), events(node));
	}

	private static List<AccountEvent> events(Value node) {
		if (node.get("eventNames").isNull()) {
			return List.of();
		}
		List<String> names = node.get("eventNames").asList(Value::asString);
		List<LocalDate> dates = node.get("eventDates").asList(Value::asLocalDate);
		List<Boolean> yearly = node.get("eventYearly").asList(Value::asBoolean);
		List<AccountEvent> events = new ArrayList<>();
		for (int i = 0; i < names.size(); i++) {
			events.add(new AccountEvent(names.get(i), dates.get(i), yearly.get(i)));
		}
		return events;
	}

}
