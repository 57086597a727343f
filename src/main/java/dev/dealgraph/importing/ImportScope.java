package dev.dealgraph.importing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.dealgraph.account.Account;
import dev.dealgraph.deal.Deal;
import dev.dealgraph.person.Person;
import dev.dealgraph.system.Batch;
import dev.dealgraph.system.Callers;
import dev.dealgraph.system.FieldProblem;
import dev.dealgraph.system.Scope;
import dev.dealgraph.system.Sentences;
import dev.dealgraph.system.Visibility;
import dev.dealgraph.system.Visibility.Kind;
import dev.dealgraph.system.Visibility.Seen;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * An import writes only where the caller may edit: every item that would change another
 * team's object, put something at an account the caller may only read, or create what
 * only admins create is named, and the whole document is refused. A reference to
 * something the caller may not read is left to the owners' checks, which count it as
 * unknown, exactly as a missing one.
 */
@Component
class ImportScope {

	private final Visibility visibility;

	ImportScope(Visibility visibility) {
		this.visibility = visibility;
	}

	List<FieldProblem> problems(MapDocument doc) {
		Scope scope = Callers.scope();
		List<FieldProblem> problems = new ArrayList<>();
		if (scope.all()) {
			return problems;
		}
		Map<String, Seen> accounts = this.visibility.seeAll(Kind.ACCOUNT, ids(doc.accounts(), Account::id));
		for (int i = 0; i < doc.accounts().size(); i++) {
			String id = doc.accounts().get(i).id();
			Seen seen = accounts.getOrDefault(id, Seen.MISSING);
			if (seen == Seen.MISSING) {
				problems.add(problem(Batch.at("accounts", i) + ".id", "problem.field.create-account-admin", id));
			}
			else if (seen != Seen.EDITABLE) {
				problems.add(problem(Batch.at("accounts", i) + ".id", "problem.field.account-not-editable", id));
			}
		}
		for (int i = 0; i < doc.colleagues().size(); i++) {
			problems.add(
					problem(Batch.at("colleagues", i), "problem.field.colleagues-admin", doc.colleagues().get(i).id()));
		}
		Map<String, Seen> people = this.visibility.seeAll(Kind.PERSON, ids(doc.people(), Person::id));
		for (int i = 0; i < doc.people().size(); i++) {
			Person person = doc.people().get(i);
			changing(problems, Batch.at("people", i), "person", person.id(), people);
			placing(problems, Batch.at("people", i), person.accountId(), scope);
		}
		Map<String, Seen> deals = this.visibility.seeAll(Kind.DEAL, ids(doc.deals(), Deal::id));
		for (int i = 0; i < doc.deals().size(); i++) {
			Deal deal = doc.deals().get(i);
			changing(problems, Batch.at("deals", i), "deal", deal.id(), deals);
			placing(problems, Batch.at("deals", i), deal.accountId(), scope);
		}
		Map<String, Seen> factDeals = this.visibility.seeAll(Kind.DEAL,
				doc.stakeholders().stream().map((s) -> s.dealId()).toList());
		for (int i = 0; i < doc.stakeholders().size(); i++) {
			String dealId = doc.stakeholders().get(i).dealId();
			if (factDeals.get(dealId) == Seen.READ_ONLY) {
				problems.add(problem(Batch.at("stakeholders", i) + ".dealId", "problem.field.not-editable", dealId));
			}
		}
		List<String> ends = new ArrayList<>();
		doc.relationships().forEach((tie) -> {
			ends.add(tie.from());
			ends.add(tie.to());
		});
		Map<String, Seen> individuals = this.visibility.seeAll(Kind.INDIVIDUAL, ends);
		for (int i = 0; i < doc.relationships().size(); i++) {
			for (String end : List.of("from", "to")) {
				String id = end.equals("from") ? doc.relationships().get(i).from() : doc.relationships().get(i).to();
				if (individuals.get(id) == Seen.READ_ONLY) {
					problems.add(problem(Batch.at("relationships", i) + "." + end, "problem.field.not-editable", id));
				}
			}
		}
		return problems;
	}

	/** An item that replaces a stored object the caller may not change. */
	private static void changing(List<FieldProblem> problems, String at, String noun, String id,
			Map<String, Seen> seen) {
		Seen it = seen.getOrDefault(id, Seen.MISSING);
		if (it == Seen.HIDDEN || it == Seen.READ_ONLY) {
			problems.add(problem(at + ".id", "problem.field.not-editable", id));
		}
	}

	/** An item put at an account the caller may read but not edit. */
	private static void placing(List<FieldProblem> problems, String at, @Nullable String accountId, Scope scope) {
		if (!scope.edits(accountId) && (accountId == null || scope.reads(accountId))) {
			problems.add(problem(at + ".accountId", "problem.field.account-not-editable",
					(accountId != null) ? accountId : "-"));
		}
	}

	private static FieldProblem problem(String field, String code, String id) {
		return new FieldProblem(field, Sentences.of(code, id));
	}

	private static <T> Set<String> ids(Collection<T> items, Function<T, String> id) {
		return items.stream().map(id).collect(Collectors.toSet());
	}

}
