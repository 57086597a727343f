package dev.dealgraph.paths;

import java.util.List;
import java.util.Locale;

import dev.dealgraph.deal.Role;
import dev.dealgraph.person.Side;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;

/**
 * Everything a path answer says in words, in the language asked for: each path as one
 * sentence a seller can read aloud ("Amy Chen knows Maria Rossi well (0.85); Maria, a
 * supportive coach, knows Wang Jianguo (0.80), the decision-maker.") and why there is no
 * path. Whole templates come from the {@code i18n/paths} bundles; ids and codes stay as
 * they are in every language.
 */
final class Explanations {

	/** KNOWS from this strength on reads "well". */
	private static final float WELL = 0.8f;

	/** KNOWS below this strength reads "slightly". */
	private static final float SLIGHTLY = 0.4f;

	private final MessageSource messages;

	private final Locale locale;

	Explanations(MessageSource messages, Locale locale) {
		this.messages = messages;
		this.locale = locale;
	}

	String sentence(Individual start, List<Route.Step> steps, boolean targetIsDecisionMaker) {
		String text = null;
		Individual subject = start;
		for (Route.Step step : steps) {
			String hop = hop(step);
			text = (text == null) ? text("paths.sentence.start", subject.name(), hop)
					: text("paths.sentence.then", text, describe(subject), hop);
			subject = step.to();
		}
		return text(targetIsDecisionMaker ? "paths.sentence.end.decision-maker" : "paths.sentence.end", text,
				subject.name());
	}

	/**
	 * How an intermediate is introduced: who they are in this deal and how they stand.
	 */
	String describe(Individual person) {
		String name = shortName(person.name());
		if (person.side() == Side.OURS) {
			return text("paths.person.colleague", name);
		}
		if (person.attitude() == null) {
			return text("paths.person.not-on-deal", name);
		}
		return text("paths.person." + person.attitude().name(), name, roles(person.roles()));
	}

	private String roles(List<Role> roles) {
		if (roles.isEmpty()) {
			return text("paths.roles.none");
		}
		String joined = role(roles.get(0));
		for (Role role : roles.subList(1, roles.size())) {
			joined = text("paths.roles.and", joined, role(role));
		}
		return joined;
	}

	String role(Role role) {
		return text("paths.role." + role.name());
	}

	private String hop(Route.Step step) {
		String key = switch (step.tie()) {
			case KNOWS -> (step.strength() >= WELL) ? "paths.hop.knows.well"
					: (step.strength() < SLIGHTLY) ? "paths.hop.knows.slightly" : "paths.hop.knows";
			case INFLUENCES -> "paths.hop.influences";
			case REPORTS_TO_UP -> "paths.hop.reports-to";
			case REPORTS_TO_DOWN -> "paths.hop.manages";
		};
		String hop = text(key, step.to().name(), String.format(Locale.ROOT, "%.2f", step.strength()));
		return (step.monthsSinceContact() != null) ? text("paths.hop.aged", hop, step.monthsSinceContact()) : hop;
	}

	String noDecisionMaker() {
		return text("paths.reason.no-decision-maker");
	}

	/** Why a question has no source at all. */
	String noSources(boolean forDeal) {
		return text(forDeal ? "paths.reason.no-team" : "paths.reason.no-colleague");
	}

	String unreachable(List<String> sources, int maxHops) {
		return text("paths.reason.unreachable", String.join(", ", sources), maxHops);
	}

	/** Why one target has no path. */
	String noPath(PathQuestion question, Individual target) {
		if (question.sources().isEmpty()) {
			return text("paths.reason.nobody-to-start-from");
		}
		String key = "paths.reason.no-path" + ((question.via() != null) ? ".via" : "")
				+ (question.opponentsLeftOut() ? ".opponents-left-out" : "");
		return text(key, target.name(), question.maxHops(), question.via());
	}

	private String text(String key, @Nullable Object... arguments) {
		return this.messages.getMessage(key, arguments, this.locale);
	}

	/** The first word of a Latin-script name; names without spaces stay whole. */
	static String shortName(String name) {
		int space = name.indexOf(' ');
		return (space > 0) ? name.substring(0, space) : name;
	}

}
