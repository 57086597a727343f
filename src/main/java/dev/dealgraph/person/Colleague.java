package dev.dealgraph.person;

import java.util.HashMap;
import java.util.Map;

import dev.dealgraph.system.MaxCodePoints;
import dev.dealgraph.system.ValidId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;

/**
 * One of our own people: a seller, engineer, executive or partner.
 *
 * @param id stable client-chosen id, unique across people and colleagues
 * @param name display name
 * @param title job title
 * @param function what they do for us
 */
public record Colleague(@NotNull @ValidId String id, @NotBlank @MaxCodePoints(200) String name,
		@Nullable @MaxCodePoints(200) String title, @Nullable ColleagueFunction function) {

	public Colleague withId(String newId) {
		return new Colleague(newId, this.name, this.title, this.function);
	}

	Map<String, @Nullable Object> properties() {
		Map<String, @Nullable Object> properties = new HashMap<>();
		properties.put("name", this.name);
		properties.put("title", this.title);
		properties.put("function", (this.function != null) ? this.function.name() : null);
		return properties;
	}

	static Colleague from(Value node) {
		return new Colleague(node.get("id").asString(), node.get("name").asString(), node.get("title").asString(null),
				node.get("function").isNull() ? null : ColleagueFunction.valueOf(node.get("function").asString()));
	}

}
