package dev.dealgraph.browser;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Relationship;
import org.neo4j.graphdb.RelationshipType;
import org.neo4j.procedure.Description;
import org.neo4j.procedure.Name;
import org.neo4j.procedure.UserFunction;

/**
 * {@code dealgraph.stakeholder(person, inDeal)}: the person as one deal sees them, for
 * drawing in Neo4j Browser. Browser styles nodes by label only, while attitude, influence
 * and roles are deal-scoped facts on {@code IN_DEAL}. This function reads those facts and
 * returns a display-only node with the person's identity, properties and extra labels
 * ({@code Opponent}, {@code HighInfluence}, {@code Coach}...). Nothing is written: the
 * stored person keeps no deal labels, and the same person on another deal is drawn with
 * that deal's labels. Because the node keeps the person's id, Browser still draws and
 * expands the person's real ties. Use it in {@code RETURN} only: inside a query Cypher
 * treats the returned node as the stored one. Public because Neo4j instantiates it.
 */
public class StakeholderFunctions {

	// the display node keeps the deprecated numeric id: Browser 5.24 relates nodes by it
	@SuppressWarnings("removal")
	@UserFunction("dealgraph.stakeholder")
	@Description("dealgraph.stakeholder(person, inDeal) - the person with display labels for the attitude, influence and roles recorded on their IN_DEAL relationship; read-only, for Neo4j Browser")
	public Node stakeholder(@Name("person") Node person, @Name("inDeal") Relationship inDeal) {
		if (!inDeal.isType(DealLabels.IN_DEAL) || !inDeal.getStartNode().equals(person)) {
			throw new IllegalArgumentException(
					"dealgraph.stakeholder expects a person and that person's IN_DEAL relationship");
		}
		Map<String, Object> deal = inDeal.getAllProperties();
		List<Label> labels = new ArrayList<>();
		person.getLabels().forEach(labels::add);
		labels.add(Label.label("Stakeholder"));
		for (String role : DealLabels.strings(deal.get("roles"))) {
			labels.add(Label.label(DealLabels.camel(role)));
		}
		labels.add(Label.label(DealLabels.attitude(deal.get("attitude"))));
		labels.add(Label.label(DealLabels.influence(deal.get("influence"))));
		Map<String, Object> properties = new LinkedHashMap<>(person.getAllProperties());
		properties.putAll(deal);
		properties.put("deal", inDeal.getEndNode().getProperty("id", ""));
		return new DisplayNode(person.getId(), person.getElementId(), labels, properties);
	}

	/** Maps the stored enum values to the label names the dealgraph style knows. */
	static final class DealLabels {

		static final RelationshipType IN_DEAL = RelationshipType.withName("IN_DEAL");

		private DealLabels() {
		}

		static String attitude(Object value) {
			String attitude = String.valueOf(value);
			return switch (attitude) {
				case "SPONSOR", "SUPPORTER", "NEUTRAL", "NON_SUPPORTER", "OPPONENT" -> camel(attitude);
				default -> "AttitudeUnknown";
			};
		}

		static String influence(Object value) {
			String influence = String.valueOf(value);
			return switch (influence) {
				case "HIGH", "MEDIUM", "LOW" -> camel(influence) + "Influence";
				default -> "InfluenceUnknown";
			};
		}

		static String camel(String constant) {
			StringBuilder label = new StringBuilder();
			for (String word : constant.toLowerCase(Locale.ROOT).split("_")) {
				if (!word.isEmpty()) {
					label.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
				}
			}
			return label.toString();
		}

		static List<String> strings(Object value) {
			if (value instanceof String[] array) {
				return List.of(array);
			}
			if (value instanceof List<?> list) {
				return list.stream().map(String::valueOf).toList();
			}
			return (value != null) ? List.of(String.valueOf(value)) : List.of();
		}

	}

}
