package dev.dealgraph.importing;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.dealgraph.account.Account;
import dev.dealgraph.deal.Deal;
import dev.dealgraph.deal.Stakeholder;
import dev.dealgraph.person.Colleague;
import dev.dealgraph.person.Person;
import dev.dealgraph.relationship.Tie;
import dev.dealgraph.relationship.TieType;
import dev.dealgraph.relationship.TrustMark;
import dev.dealgraph.upkeep.Interaction;

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
		List<Interaction> interactions = new ArrayList<>();
		List<TrustMark> marks = new ArrayList<>();
		for (MapDocument document : documents) {
			accounts.addAll(document.accounts());
			colleagues.addAll(document.colleagues());
			people.addAll(document.people());
			deals.addAll(document.deals());
			stakeholders.addAll(document.stakeholders());
			ties.addAll(document.relationships());
			interactions.addAll(document.interactions());
			marks.addAll(document.trustHistory());
		}
		return sorted(new MapDocument(accounts, colleagues, people, deals, stakeholders, ties, interactions, marks));
	}

	/**
	 * What the database holds after importing this document into an empty one: the same,
	 * with each rated KNOWS tie's creation today as a trust mark where the document's own
	 * marks for it do not already end at its level.
	 */
	static MapDocument imported(MapDocument document) {
		List<TrustMark> marks = new ArrayList<>(document.trustHistory());
		for (Tie tie : document.relationships()) {
			TrustMark latest = document.trustHistory()
				.stream()
				.filter((m) -> m.from().equals(tie.from()) && m.to().equals(tie.to()))
				.max(Comparator.comparing(TrustMark::on))
				.orElse(null);
			if (tie.type() == TieType.KNOWS && tie.level() != null
					&& (latest == null || latest.level() != tie.level())) {
				marks.add(new TrustMark(tie.from(), tie.to(), tie.level(), LocalDate.now(ZoneOffset.UTC)));
			}
		}
		return sorted(new MapDocument(document.accounts(), document.colleagues(), document.people(), document.deals(),
				document.stakeholders(), document.relationships(), document.interactions(), marks));
	}

	static MapDocument sorted(MapDocument document) {
		return new MapDocument(ordered(document.accounts(), Account::id), ordered(document.colleagues(), Colleague::id),
				ordered(document.people(), Person::id), ordered(document.deals(), Deal::id),
				ordered(document.stakeholders(), (s) -> s.dealId() + "\u0000" + s.personId()),
				ordered(document.relationships(), (t) -> t.type() + "\u0000" + t.from() + "\u0000" + t.to()),
				ordered(document.interactions(), (i) -> i.date() + "\u0000" + i.id()),
				ordered(document.trustHistory(), (m) -> m.from() + "\u0000" + m.to() + "\u0000" + m.on()));
	}

	private static <T> List<T> ordered(List<T> items, Function<T, String> key) {
		return List.copyOf(new LinkedHashSet<>(items.stream().sorted(Comparator.comparing(key)).toList()));
	}

	/**
	 * What an account's export should hold, worked out from a document that is the whole
	 * database, by the rules in {@link MapExport}'s Javadoc.
	 */
	static MapDocument accountExport(MapDocument database, String accountId) {
		List<Deal> deals = database.deals().stream().filter((d) -> d.accountId().equals(accountId)).toList();
		Set<String> dealIds = deals.stream().map(Deal::id).collect(Collectors.toSet());
		List<Stakeholder> stakeholders = database.stakeholders()
			.stream()
			.filter((s) -> dealIds.contains(s.dealId()))
			.toList();
		Set<String> members = new HashSet<>();
		database.people().stream().filter((p) -> accountId.equals(p.accountId())).forEach((p) -> members.add(p.id()));
		stakeholders.forEach((s) -> members.add(s.personId()));
		Set<String> personIds = database.people().stream().map(Person::id).collect(Collectors.toSet());
		Set<String> people = new HashSet<>(members);
		for (Tie tie : database.relationships()) {
			if (members.contains(tie.from()) && personIds.contains(tie.to())) {
				people.add(tie.to());
			}
			if (members.contains(tie.to()) && personIds.contains(tie.from())) {
				people.add(tie.from());
			}
		}
		Set<String> colleagues = new HashSet<>();
		deals.forEach((d) -> d.team().forEach((m) -> colleagues.add(m.colleagueId())));
		for (Tie tie : database.relationships()) {
			if (people.contains(tie.from()) && !personIds.contains(tie.to())) {
				colleagues.add(tie.to());
			}
			if (people.contains(tie.to()) && !personIds.contains(tie.from())) {
				colleagues.add(tie.from());
			}
		}
		Set<String> accounts = new HashSet<>(Set.of(accountId));
		database.people()
			.stream()
			.filter((p) -> people.contains(p.id()) && p.accountId() != null)
			.forEach((p) -> accounts.add(p.accountId()));
		Set<String> everyone = new HashSet<>(people);
		everyone.addAll(colleagues);
		return sorted(new MapDocument(database.accounts().stream().filter((a) -> accounts.contains(a.id())).toList(),
				database.colleagues().stream().filter((c) -> colleagues.contains(c.id())).toList(),
				database.people().stream().filter((p) -> people.contains(p.id())).toList(), deals, stakeholders,
				database.relationships()
					.stream()
					.filter((t) -> everyone.contains(t.from()) && everyone.contains(t.to()))
					.toList(),
				database.interactions()
					.stream()
					.filter((i) -> people.contains(i.personId()) && colleagues.contains(i.colleagueId())
							&& (i.dealId() == null || dealIds.contains(i.dealId())))
					.toList(),
				database.trustHistory()
					.stream()
					.filter((m) -> everyone.contains(m.from()) && everyone.contains(m.to()))
					.toList()));
	}

}
