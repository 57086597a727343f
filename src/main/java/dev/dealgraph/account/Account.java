package dev.dealgraph.account;

import java.util.HashMap;
import java.util.Map;

import dev.dealgraph.system.MaxCodePoints;
import dev.dealgraph.system.ValidId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
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
 */
public record Account(@NotNull @ValidId String id, @NotBlank @MaxCodePoints(200) String name,
		@Nullable @MaxCodePoints(200) String industry, @Nullable @MaxCodePoints(200) String size,
		@Nullable LifecycleStage lifecycleStage, @Nullable @MaxCodePoints(4000) String notes) {

	public Account withId(String newId) {
		return new Account(newId, this.name, this.industry, this.size, this.lifecycleStage, this.notes);
	}

	Map<String, @Nullable Object> properties() {
		Map<String, @Nullable Object> properties = new HashMap<>();
		properties.put("name", this.name);
		properties.put("industry", this.industry);
		properties.put("size", this.size);
		properties.put("lifecycleStage", (this.lifecycleStage != null) ? this.lifecycleStage.name() : null);
		properties.put("notes", this.notes);
		return properties;
	}

	static Account from(Value node) {
		return new Account(node.get("id").asString(), node.get("name").asString(), node.get("industry").asString(null),
				node.get("size").asString(null),
				node.get("lifecycleStage").isNull() ? null
						: LifecycleStage.valueOf(node.get("lifecycleStage").asString()),
				node.get("notes").asString(null));
	}

}
