package dev.dealgraph.importing.csv;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import dev.dealgraph.deal.Role;
import dev.dealgraph.relationship.Tie;
import dev.dealgraph.relationship.TieType;
import dev.dealgraph.relationship.TrustLevel;
import dev.dealgraph.system.Sentences;
import org.jspecify.annotations.Nullable;

/**
 * A file's rows read into what they say, before anything is checked against the database:
 * ties and roles typed, contacts as text. A value that cannot be read (an unknown tie
 * type or role name, a number that is not one) makes its row bad here.
 *
 * @param mapping the file's columns
 * @param contacts contact rows, as the file has them
 * @param roles contact-role rows
 * @param ties tie rows
 * @param rowsRead data rows in the file
 * @param problems the rows that could not be read
 */
record Staged(CsvMapping mapping, List<CsvTable.Row> contacts, List<RoleRow> roles, List<TieRow> ties, int rowsRead,
		List<RowProblem> problems) {

	private static final Pattern NUMBER = Pattern.compile("[0-9]{1,9}(\\.[0-9]{1,17})?");

	private static final Pattern DECIMAL_COMMA = Pattern.compile("[0-9]{1,9}(,[0-9]{1,17})?");

	/**
	 * A person's role on a deal, from one row.
	 *
	 * @param line where the row starts
	 * @param dealId the deal
	 * @param personId the person
	 * @param roles the roles the row names (none when blank)
	 * @param influencer whether the row marks them as of high influence
	 */
	record RoleRow(int line, @Nullable String dealId, @Nullable String personId, Set<Role> roles, boolean influencer) {
	}

	/**
	 * A tie, from one row.
	 *
	 * @param line where the row starts
	 * @param tie the tie
	 */
	record TieRow(int line, Tie tie) {
	}

	static Staged of(CsvTable table, CsvMapping mapping, CrmRoles names, boolean decimalComma) {
		List<RowProblem> problems = new ArrayList<>();
		List<CsvTable.Row> contacts = new ArrayList<>();
		List<RoleRow> roles = new ArrayList<>();
		List<TieRow> ties = new ArrayList<>();
		for (CsvTable.Row row : table.rows()) {
			int before = problems.size();
			for (int i = table.header().size(); i < row.values().length; i++) {
				if (!row.values()[i].isBlank()) {
					problems.add(new RowProblem(row.line(), "#" + (i + 1), "-",
							Sentences.of("csv.extra-value", i + 1, table.header().size())));
					break;
				}
			}
			switch (mapping.kind()) {
				case CONTACTS -> {
					days(row, mapping, problems);
					contacts.add(row);
				}
				case CONTACT_ROLES -> {
					RoleRow roleRow = role(row, mapping, names, problems);
					if (problems.size() == before) {
						roles.add(roleRow);
					}
				}
				case TIES -> {
					Tie tie = tie(row, mapping, decimalComma, problems);
					if (problems.size() == before) {
						ties.add(new TieRow(row.line(), tie));
					}
				}
			}
		}
		return new Staged(mapping, contacts, roles, ties, table.rows().size(), problems);
	}

	/** A contact row's birthday and start day, when it has them, must be days. */
	private static void days(CsvTable.Row row, CsvMapping mapping, List<RowProblem> problems) {
		String birthday = mapping.value(row, "birthday");
		if (birthday != null) {
			try {
				birthday(birthday);
			}
			catch (DateTimeParseException ex) {
				problems.add(bad(row, mapping, "birthday", "csv.not-a-birthday", birthday));
			}
		}
		String started = mapping.value(row, "startedOn");
		if (started != null) {
			try {
				LocalDate.parse(started);
			}
			catch (DateTimeParseException ex) {
				problems.add(bad(row, mapping, "startedOn", "csv.not-a-date", started));
			}
		}
	}

	/**
	 * A birthday as {@code --MM-DD}, or the month and day of a whole date as CRMs export
	 * it: the year is dropped on the way in.
	 */
	static MonthDay birthday(String text) {
		return text.startsWith("--") ? MonthDay.parse(text) : MonthDay.from(LocalDate.parse(text));
	}

	private static RoleRow role(CsvTable.Row row, CsvMapping mapping, CrmRoles names, List<RowProblem> problems) {
		String text = mapping.value(row, "role");
		Set<Role> roles = EnumSet.noneOf(Role.class);
		boolean influencer = false;
		if (text != null) {
			if (!names.known(text)) {
				problems.add(new RowProblem(row.line(), mapping.column("role"), "role",
						Sentences.of("csv.unknown-role", text)));
			}
			else if (names.role(text) != null) {
				roles.add(names.role(text));
			}
			else {
				influencer = true;
			}
		}
		return new RoleRow(row.line(), mapping.value(row, "dealId"), mapping.value(row, "personId"), roles, influencer);
	}

	private static @Nullable Tie tie(CsvTable.Row row, CsvMapping mapping, boolean decimalComma,
			List<RowProblem> problems) {
		TieType type = constant(row, mapping, "type", TieType.class, problems);
		TrustLevel level = constant(row, mapping, "level", TrustLevel.class, problems);
		Double strength = null;
		String number = mapping.value(row, "strength");
		if (number != null) {
			if (NUMBER.matcher(number).matches()) {
				strength = Double.valueOf(number);
			}
			else if (decimalComma && DECIMAL_COMMA.matcher(number).matches()) {
				strength = Double.valueOf(number.replace(',', '.'));
			}
			else {
				problems.add(bad(row, mapping, "strength", "csv.not-a-number", number));
			}
		}
		LocalDate lastContact = null;
		String date = mapping.value(row, "lastContact");
		if (date != null) {
			try {
				lastContact = LocalDate.parse(date);
			}
			catch (DateTimeParseException ex) {
				problems.add(bad(row, mapping, "lastContact", "csv.not-a-date", date));
			}
		}
		Boolean dotted = null;
		String flag = mapping.value(row, "dotted");
		if (flag != null) {
			if (flag.equals("true") || flag.equals("false")) {
				dotted = Boolean.valueOf(flag);
			}
			else {
				problems.add(bad(row, mapping, "dotted", "csv.not-a-boolean", flag));
			}
		}
		return new Tie(type, mapping.value(row, "from"), mapping.value(row, "to"), strength, level, lastContact,
				mapping.value(row, "source"), dotted, mapping.value(row, "note"));
	}

	private static <E extends Enum<E>> @Nullable E constant(CsvTable.Row row, CsvMapping mapping, String field,
			Class<E> type, List<RowProblem> problems) {
		String text = mapping.value(row, field);
		if (text == null) {
			return null;
		}
		for (E constant : type.getEnumConstants()) {
			if (constant.name().equals(text)) {
				return constant;
			}
		}
		problems.add(bad(row, mapping, field, "csv.unknown-constant", text,
				String.join(", ", java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList())));
		return null;
	}

	private static RowProblem bad(CsvTable.Row row, CsvMapping mapping, String field, String code,
			Object... arguments) {
		return new RowProblem(row.line(), mapping.column(field), field, Sentences.of(code, arguments));
	}

	/** The lines of the rows that could not be read. */
	Set<Integer> badLines() {
		Set<Integer> lines = new java.util.HashSet<>();
		this.problems.forEach((problem) -> lines.add(problem.line()));
		return lines;
	}

}
