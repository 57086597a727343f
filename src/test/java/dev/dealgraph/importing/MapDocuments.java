package dev.dealgraph.importing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Function;

import dev.dealgraph.account.Account;
import dev.dealgraph.deal.Deal;
import dev.dealgraph.deal.Stakeholder;
import dev.dealgraph.person.Colleague;
import dev.dealgraph.person.Person;
import dev.dealgraph.relationship.Tie;

/** Documents put together and ordered the way an export orders them. */
final class MapDocuments {

	private MapDocuments() {
	}

	/**
	 * Every item of these documents once, in export order. The same item in two exports
	 * is the same record, so equal records collapse.
	 */
	static MapDocument union(Collection<MapDocument> documents) {
		List<Account> accounts = new ArrayList<>();
		List<Colleague> colleagues = new ArrayList<>();
		List<Person> people = new ArrayList<>();
		List<Deal> deals = new ArrayList<>();
		List<Stakeholder> stakeholders = new ArrayList<>();
		List<Tie> ties = new ArrayList<>();
		for (MapDocument document : documents) {
			accounts.addAll(document.accounts());
			colleagues.addAll(document.colleagues());
			people.addAll(document.people());
			deals.addAll(document.deals());
			stakeholders.addAll(document.stakeholders());
			ties.addAll(document.relationships());
		}
		return sorted(new MapDocument(accounts, colleagues, people, deals, stakeholders, ties));
	}

	static MapDocument sorted(MapDocument document) {
		return new MapDocument(ordered(document.accounts(), Account::id), ordered(document.colleagues(), Colleague::id),
				ordered(document.people(), Person::id), ordered(document.deals(), Deal::id),
				ordered(document.stakeholders(), (s) -> s.dealId() + "\u0000" + s.personId()),
				ordered(document.relationships(), (t) -> t.type() + "\u0000" + t.from() + "\u0000" + t.to()));
	}

	private static <T> List<T> ordered(List<T> items, Function<T, String> key) {
		return List.copyOf(new LinkedHashSet<>(items.stream().sorted(Comparator.comparing(key)).toList()));
	}

}
