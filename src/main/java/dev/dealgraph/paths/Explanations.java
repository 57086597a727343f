package dev.dealgraph.paths;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import dev.dealgraph.deal.Role;

/**
 * Turns a path into one sentence a seller can read aloud: "Amy Chen knows Maria Rossi
 * well (0.85); Maria, a supportive coach, knows Wang Jianguo (0.80), the decision-maker."
 */
final class Explanations {

	private Explanations() {
	}

	static String sentence(Individual start, List<Route.Step> steps, boolean targetIsDecisionMaker) {
		StringBuilder text = new StringBuilder();
		Individual subject = start;
		for (int i = 0; i < steps.size(); i++) {
			Route.Step step = steps.get(i);
			boolean last = (i == steps.size() - 1);
			if (i == 0) {
				text.append(subject.name());
			}
			else {
				text.append("; ").append(describe(subject));
			}
			text.append(' ').append(verb(step)).append(' ').append(step.to().name()).append(adverb(step));
			text.append(" (").append(String.format(Locale.ROOT, "%.2f", step.strength())).append(')');
			if (last && targetIsDecisionMaker) {
				text.append(", the decision-maker");
			}
			subject = step.to();
		}
		return text.append('.').toString();
	}

	/**
	 * How an intermediate is introduced: who they are in this deal and how they stand.
	 */
	static String describe(Individual person) {
		String name = shortName(person.name());
		if (person.side() == Individual.Side.OURS) {
			return name + ", our colleague,";
		}
		if (person.attitude() == null) {
			return name + " (not on this deal)";
		}
		String roles = person.roles().isEmpty() ? "contact"
				: person.roles().stream().map(Explanations::role).collect(Collectors.joining(" and "));
		return switch (person.attitude()) {
			case SPONSOR -> name + ", a sponsoring " + roles + ",";
			case SUPPORTER -> name + ", a supportive " + roles + ",";
			case NEUTRAL -> name + ", a neutral " + roles + ",";
			case NON_SUPPORTER -> name + ", a sceptical " + roles + ",";
			case OPPONENT -> name + ", an opposed " + roles + " (handle with care),";
			case UNKNOWN -> name + ", a " + roles + " whose attitude we do not know,";
		};
	}

	private static String verb(Route.Step step) {
		return switch (step.tie()) {
			case "KNOWS" -> "knows";
			case "INFLUENCES" -> "influences";
			case "REPORTS_TO_UP" -> "reports to";
			case "REPORTS_TO_DOWN" -> "manages";
			default -> "is tied to";
		};
	}

	private static String adverb(Route.Step step) {
		if (!step.tie().equals("KNOWS")) {
			return "";
		}
		return (step.strength() >= 0.8f) ? " well" : (step.strength() < 0.4f) ? " slightly" : "";
	}

	static String role(Role role) {
		return role.name().toLowerCase(Locale.ROOT).replace('_', ' ');
	}

	/** The first word of a Latin-script name; names without spaces stay whole. */
	static String shortName(String name) {
		int space = name.indexOf(' ');
		return (space > 0) ? name.substring(0, space) : name;
	}

}
