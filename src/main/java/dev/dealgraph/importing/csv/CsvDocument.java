package dev.dealgraph.importing.csv;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.dealgraph.deal.Influence;
import dev.dealgraph.deal.Role;
import dev.dealgraph.deal.Stakeholder;
import dev.dealgraph.deal.Stakeholders;
import dev.dealgraph.importing.MapDocument;
import dev.dealgraph.person.People;
import dev.dealgraph.person.Person;
import dev.dealgraph.relationship.Tie;
import dev.dealgraph.relationship.TieType;
import dev.dealgraph.system.FieldProblem;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Turns staged rows into a map document, merged with what is stored: a field whose column
 * the file lacks keeps its stored value (a contacts file does not clear a temperament),
 * roles from a contact-roles file join the stored ones, and several rows for one person
 * on one deal make one stakeholder. Each item remembers the lines it came from, so a
 * problem with {@code people[3].accountId} names its line and column.
 */
@Component
class CsvDocument {

	private static final Pattern ITEM = Pattern
		.compile("(people|stakeholders|relationships)\\[(\\d+)](?:\\.(\\w+))?.*");

	private final People people;

	private final Stakeholders stakeholders;

	CsvDocument(People people, Stakeholders stakeholders) {
		this.people = people;
		this.stakeholders = stakeholders;
	}

	/**
	 * Where an item came from.
	 *
	 * @param lines the lines of its rows
	 * @param columns per field, the column a problem with that field names
	 * @param column the column a problem with the whole item names
	 * @param field the field a problem with the whole item names
	 */
	record Origin(List<Integer> lines, Map<String, String> columns, String column, String field) {
	}

	/**
	 * A document and where its items came from.
	 *
	 * @param document the document
	 * @param origins per list of the document, per item, its origin
	 */
	record Built(MapDocument document, Map<String, List<Origin>> origins) {
	}

	Built build(Staged staged, Set<Integer> without, @Nullable String accountId) {
		return switch (staged.mapping().kind()) {
			case CONTACTS -> contacts(staged, without, accountId);
			case CONTACT_ROLES -> roles(staged, without);
			case TIES -> ties(staged, without);
		};
	}

	private Built contacts(Staged staged, Set<Integer> without, @Nullable String accountId) {
		CsvMapping m = staged.mapping();
		List<CsvTable.Row> rows = staged.contacts().stream().filter((row) -> !without.contains(row.line())).toList();
		Map<String, Person> stored = this.people
			.findAll(rows.stream().map((row) -> m.value(row, "id")).filter((id) -> id != null).toList());
		List<Person> people = new ArrayList<>();
		List<Tie> ties = new ArrayList<>();
		List<Origin> personOrigins = new ArrayList<>();
		List<Origin> tieOrigins = new ArrayList<>();
		Map<String, String> columns = new HashMap<>();
		for (String field : List.of("id", "title", "department", "accountId", "birthday", "startedOn")) {
			columns.put(field, m.column(field));
		}
		columns.put("name", m.has("name") ? m.column("name") : m.column("lastName"));
		for (CsvTable.Row row : rows) {
			String id = m.value(row, "id");
			Person before = (id != null) ? stored.get(id) : null;
			String account = m.has("accountId") ? m.value(row, "accountId") : null;
			if (account == null) {
				account = (accountId != null) ? accountId
						: (!m.has("accountId") && before != null) ? before.accountId() : null;
			}
			people.add(new Person(id, account, name(m, row),
					kept(m, row, "title", (before != null) ? before.title() : null),
					kept(m, row, "department", (before != null) ? before.department() : null),
					(before != null) ? before.temperament() : null,
					(before != null) ? before.communicationPreference() : null,
					(before != null) ? before.interests() : List.of(),
					m.has("birthday") ? day(m.value(row, "birthday"), Staged::birthday)
							: (before != null) ? before.birthday() : null,
					m.has("startedOn") ? day(m.value(row, "startedOn"), LocalDate::parse)
							: (before != null) ? before.startedOn() : null));
			personOrigins.add(new Origin(List.of(row.line()), columns, m.column("id"), "id"));
			String manager = m.value(row, "reportsTo");
			if (manager != null) {
				ties.add(new Tie(TieType.REPORTS_TO, id, manager, null, null, null, null, null, null));
				tieOrigins
					.add(new Origin(List.of(row.line()), Map.of("from", m.column("id"), "to", m.column("reportsTo")),
							m.column("reportsTo"), "reportsTo"));
			}
		}
		return new Built(new MapDocument(List.of(), List.of(), people, List.of(), List.of(), ties),
				Map.of("people", personOrigins, "relationships", tieOrigins));
	}

	private static @Nullable String name(CsvMapping m, CsvTable.Row row) {
		String whole = m.value(row, "name");
		if (whole != null) {
			return whole.strip();
		}
		String joined = String.join(" ",
				java.util.stream.Stream.of(m.value(row, "firstName"), m.value(row, "lastName"))
					.filter((part) -> part != null)
					.map(String::strip)
					.toList());
		return joined.isEmpty() ? null : joined;
	}

	/** A day the row holds (checked when the file was read), null when blank. */
	private static <T> @Nullable T day(@Nullable String text, Function<String, T> parse) {
		return (text != null) ? parse.apply(text) : null;
	}

	/** The row's value where the file has the column, the stored one otherwise. */
	private static @Nullable String kept(CsvMapping m, CsvTable.Row row, String field, @Nullable String stored) {
		return m.has(field) ? m.value(row, field) : stored;
	}

	private Built roles(Staged staged, Set<Integer> without) {
		CsvMapping m = staged.mapping();
		Map<String, List<Staged.RoleRow>> groups = new LinkedHashMap<>();
		for (Staged.RoleRow row : staged.roles()) {
			if (!without.contains(row.line())) {
				groups.computeIfAbsent(row.dealId() + " / " + row.personId(), (key) -> new ArrayList<>()).add(row);
			}
		}
		Map<String, Stakeholder> stored = new HashMap<>();
		this.stakeholders
			.ofDeals(staged.roles().stream().map(Staged.RoleRow::dealId).filter((id) -> id != null).distinct().toList())
			.forEach((fact) -> stored.put(Stakeholders.key(fact), fact));
		List<Stakeholder> facts = new ArrayList<>();
		List<Origin> origins = new ArrayList<>();
		Map<String, String> columns = Map.of("dealId", m.column("dealId"), "personId", m.column("personId"), "roles",
				m.column("role"));
		groups.forEach((key, rows) -> {
			Stakeholder before = stored.get(key);
			Set<Role> roles = EnumSet.noneOf(Role.class);
			if (before != null) {
				roles.addAll(before.roles());
			}
			rows.forEach((row) -> roles.addAll(row.roles()));
			Influence influence = (before != null) ? before.influence() : null;
			if (influence == null && rows.stream().anyMatch(Staged.RoleRow::influencer)) {
				influence = Influence.HIGH;
			}
			Staged.RoleRow first = rows.get(0);
			facts.add((before != null)
					? new Stakeholder(first.dealId(), first.personId(), List.copyOf(roles), influence,
							before.attitude(), before.mode(), before.winResults(), before.concerns(), null)
					: new Stakeholder(first.dealId(), first.personId(), List.copyOf(roles), influence, null, null, null,
							null, null));
			origins.add(new Origin(rows.stream().map(Staged.RoleRow::line).toList(), columns, m.column("personId"),
					"personId"));
		});
		return new Built(new MapDocument(List.of(), List.of(), List.of(), List.of(), facts, List.of()),
				Map.of("stakeholders", origins));
	}

	private Built ties(Staged staged, Set<Integer> without) {
		CsvMapping m = staged.mapping();
		Map<String, String> columns = new HashMap<>();
		CsvKind.TIES.fields().forEach((field) -> columns.put(field, m.column(field)));
		List<Tie> ties = new ArrayList<>();
		List<Origin> origins = new ArrayList<>();
		for (Staged.TieRow row : staged.ties()) {
			if (!without.contains(row.line())) {
				ties.add(row.tie());
				origins.add(new Origin(List.of(row.line()), columns, m.column("to"), "to"));
			}
		}
		return new Built(new MapDocument(List.of(), List.of(), List.of(), List.of(), List.of(), ties),
				Map.of("relationships", origins));
	}

	/**
	 * Each problem at every line its item came from; one that names no item at line 1.
	 */
	static List<RowProblem> locate(Built built, List<FieldProblem> problems) {
		List<RowProblem> located = new ArrayList<>();
		for (FieldProblem problem : problems) {
			Matcher matcher = ITEM.matcher(problem.field());
			List<Origin> origins = matcher.matches() ? built.origins().get(matcher.group(1)) : null;
			if (origins == null) {
				located.add(new RowProblem(CsvTable.HEADER_LINE, "-", problem.field(), problem.message(),
						problem.sentence()));
				continue;
			}
			Origin origin = origins.get(Integer.parseInt(matcher.group(2)));
			String field = (matcher.group(3) != null) ? matcher.group(3) : null;
			String column = (field != null) ? origin.columns().getOrDefault(field, origin.column()) : origin.column();
			String named = (field != null) ? (field.equals("roles") ? "role" : field) : origin.field();
			for (int line : origin.lines()) {
				located.add(new RowProblem(line, column, named, problem.message(), problem.sentence()));
			}
		}
		located.sort(java.util.Comparator.comparingInt(RowProblem::line).thenComparing(RowProblem::column));
		return located;
	}

}
