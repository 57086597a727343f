package dev.dealgraph.importing.csv;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import dev.dealgraph.deal.Role;
import org.jspecify.annotations.Nullable;

/**
 * CRM contact-role names and the deal roles they stand for. Salesforce's standard
 * opportunity contact roles and HubSpot's usual deal association labels are known; our
 * own role names too. {@code Influencer} names no role: it marks a person of high
 * influence whose influence is not known yet. A name not known here is a bad row, unless
 * the caller maps it ({@code role=Other:USER}).
 */
final class CrmRoles {

	/** The name that gives no role but high influence. */
	static final String INFLUENCER = "influencer";

	private static final Map<String, Role> KNOWN = known();

	private final Map<String, Role> names;

	CrmRoles(Map<String, Role> custom) {
		this.names = new HashMap<>(KNOWN);
		custom.forEach((name, role) -> this.names.put(normal(name), role));
	}

	/** The role a name stands for; null when it names none or is unknown. */
	@Nullable Role role(String name) {
		return this.names.get(normal(name));
	}

	boolean known(String name) {
		return this.names.containsKey(normal(name)) || normal(name).equals(INFLUENCER);
	}

	static String normal(String name) {
		return String.join(" ", name.strip().toLowerCase(Locale.ROOT).replace('_', ' ').split("\\s+"));
	}

	private static Map<String, Role> known() {
		Map<String, Role> known = new HashMap<>();
		for (Role role : Role.values()) {
			known.put(normal(role.name()), role);
		}
		for (String name : new String[] { "economic buyer", "economic decision maker", "budget holder" }) {
			known.put(name, Role.DECISION_MAKER);
		}
		for (String name : new String[] { "technical buyer", "evaluator", "technical evaluator", "gatekeeper" }) {
			known.put(name, Role.TECHNICAL_GATEKEEPER);
		}
		for (String name : new String[] { "business user", "end user" }) {
			known.put(name, Role.USER);
		}
		known.put("executive sponsor", Role.CHAMPION);
		known.put("procurement", Role.PURCHASER);
		known.put("guide", Role.COACH);
		return Map.copyOf(known);
	}

}
