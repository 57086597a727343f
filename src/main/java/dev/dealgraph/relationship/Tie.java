package dev.dealgraph.relationship;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.dealgraph.system.FieldProblem;
import dev.dealgraph.system.MaxCodePoints;
import dev.dealgraph.system.Sentences;
import dev.dealgraph.system.ValidId;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;

/**
 * A tie between two individuals (people or colleagues). Which fields apply depends on the
 * type: KNOWS has a strength, a trust level, a last contact and a source; INFLUENCES has
 * a strength; REPORTS_TO may be dotted; CONFLICTS_WITH has a note.
 *
 * @param type the kind of tie
 * @param from the first individual; for REPORTS_TO the subordinate
 * @param to the second individual; for REPORTS_TO the manager
 * @param strength how strong the tie is, in (0, 1]
 * @param level the trust quadrant of a colleague's acquaintance
 * @param lastContact when the two last spoke
 * @param source where the team learned of the tie
 * @param dotted a dotted reporting line
 * @param note what the rivalry is about
 */
public record Tie(@NotNull TieType type, @NotNull @ValidId String from, @NotNull @ValidId String to,
		@Nullable Double strength, @Nullable TrustLevel level, @Nullable LocalDate lastContact,
		@Nullable @MaxCodePoints(200) String source, @Nullable Boolean dotted,
		@Nullable @MaxCodePoints(2000) String note) {

	public Tie withEnds(TieType newType, String newFrom, String newTo) {
		return new Tie(newType, newFrom, newTo, this.strength, this.level, this.lastContact, this.source, this.dotted,
				this.note);
	}

	/** The rules that depend on the type; field names are relative to the tie. */
	public List<FieldProblem> typeProblems() {
		List<FieldProblem> problems = new ArrayList<>();
		if (this.type == null) {
			return problems;
		}
		if (this.from != null && this.from.equals(this.to)) {
			problems.add(new FieldProblem("to", Sentences.of("problem.field.self-tie")));
		}
		if (this.type.weighted()) {
			if (this.strength == null) {
				problems.add(new FieldProblem("strength", Sentences.of("problem.field.required-for", this.type)));
			}
			else if (!(this.strength > 0 && this.strength <= 1)) {
				problems.add(new FieldProblem("strength", Sentences.of("problem.field.strength-range")));
			}
		}
		else if (this.strength != null) {
			problems.add(new FieldProblem("strength", Sentences.of("problem.field.not-for", this.type)));
		}
		if (this.type != TieType.KNOWS) {
			notFor("level", this.level, problems);
			notFor("lastContact", this.lastContact, problems);
			notFor("source", this.source, problems);
		}
		if (this.type != TieType.REPORTS_TO) {
			notFor("dotted", this.dotted, problems);
		}
		if (this.type != TieType.CONFLICTS_WITH) {
			notFor("note", this.note, problems);
		}
		return problems;
	}

	private void notFor(String field, @Nullable Object value, List<FieldProblem> problems) {
		if (value != null) {
			problems.add(new FieldProblem(field, Sentences.of("problem.field.not-for", this.type)));
		}
	}

	/**
	 * Same two individuals and type; KNOWS and CONFLICTS_WITH do not care about
	 * direction.
	 */
	public boolean sameEnds(Tie other) {
		if (this.type != other.type) {
			return false;
		}
		boolean forward = this.from.equals(other.from) && this.to.equals(other.to);
		boolean backward = this.from.equals(other.to) && this.to.equals(other.from);
		return forward || (!this.type.directed() && backward);
	}

	/** The same for two ties exactly when {@link #sameEnds} holds. */
	public String key() {
		boolean ordered = this.type.directed() || this.from.compareTo(this.to) <= 0;
		return this.type + " " + (ordered ? this.from + " " + this.to : this.to + " " + this.from);
	}

	Map<String, @Nullable Object> properties() {
		Map<String, @Nullable Object> properties = new HashMap<>();
		properties.put("strength", this.strength);
		properties.put("level", (this.level != null) ? this.level.name() : null);
		properties.put("lastContact", this.lastContact);
		properties.put("source", this.source);
		properties.put("dotted", this.dotted);
		properties.put("note", this.note);
		return properties;
	}

	static Tie from(Value map) {
		return new Tie(TieType.valueOf(map.get("type").asString()), map.get("from").asString(),
				map.get("to").asString(), map.get("strength").isNull() ? null : map.get("strength").asDouble(),
				map.get("level").isNull() ? null : TrustLevel.valueOf(map.get("level").asString()),
				map.get("lastContact").isNull() ? null : map.get("lastContact").asLocalDate(),
				map.get("source").asString(null), map.get("dotted").isNull() ? null : map.get("dotted").asBoolean(),
				map.get("note").asString(null));
	}

}
