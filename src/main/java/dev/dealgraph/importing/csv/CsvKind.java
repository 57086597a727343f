package dev.dealgraph.importing.csv;

import java.util.List;

/**
 * What a CSV file holds, with the fields a column can be mapped to. A contacts file gives
 * people (a birthday column may hold a whole date, of which only the month and day are
 * kept) and, from a reports-to column, their REPORTS_TO ties; a contact-roles file gives
 * deal roles; a ties file gives ties of every type.
 */
public enum CsvKind {

	CONTACTS(List.of("id", "name", "firstName", "lastName", "title", "department", "accountId", "reportsTo", "birthday",
			"startedOn"), List.of("id")),

	CONTACT_ROLES(List.of("dealId", "personId", "role"), List.of("dealId", "personId")),

	TIES(List.of("type", "from", "to", "strength", "level", "lastContact", "source", "dotted", "note"),
			List.of("type", "from", "to"));

	private final List<String> fields;

	private final List<String> required;

	CsvKind(List<String> fields, List<String> required) {
		this.fields = fields;
		this.required = required;
	}

	/** The fields a column may be mapped to, in the order an export writes them. */
	public List<String> fields() {
		return this.fields;
	}

	/** The fields whose column the file must have. */
	List<String> required() {
		return this.required;
	}

}
