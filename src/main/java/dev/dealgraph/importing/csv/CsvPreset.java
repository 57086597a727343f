package dev.dealgraph.importing.csv;

import java.util.Map;

/**
 * Which header names a file's columns have, per kind: our own field names, or the columns
 * of a Salesforce export (Data Loader API names: {@code Id}, {@code AccountId},
 * {@code ReportsToId}, {@code OpportunityId}, {@code ContactId}, {@code Role}) or a
 * HubSpot export ({@code Record ID}, {@code First Name}, {@code Job Title}, ...). The
 * {@code map} parameter overrides or adds single columns (a custom mapping).
 */
public enum CsvPreset {

	DEALGRAPH(Map.of(), Map.of(), true),

	SALESFORCE(Map.of("id", "Id", "name", "Name", "firstName", "FirstName", "lastName", "LastName", "title", "Title",
			"department", "Department", "accountId", "AccountId", "reportsTo", "ReportsToId", "birthday", "Birthdate"),
			Map.of("dealId", "OpportunityId", "personId", "ContactId", "role", "Role"), false),

	HUBSPOT(Map.of("id", "Record ID", "firstName", "First Name", "lastName", "Last Name", "title", "Job Title",
			"department", "Department", "accountId", "Associated Company ID", "reportsTo", "Reports To ID", "birthday",
			"Date of birth"), Map.of("dealId", "Deal ID", "personId", "Contact ID", "role", "Association Label"),
			false);

	private final Map<String, String> contacts;

	private final Map<String, String> roles;

	private final boolean ties;

	CsvPreset(Map<String, String> contacts, Map<String, String> roles, boolean ties) {
		this.contacts = contacts;
		this.roles = roles;
		this.ties = ties;
	}

	/** Whether the preset says anything about this kind of file. */
	boolean covers(CsvKind kind) {
		return kind != CsvKind.TIES || this.ties;
	}

	/** The header the preset expects for a field: the field's own name for ours. */
	String header(CsvKind kind, String field) {
		Map<String, String> columns = switch (kind) {
			case CONTACTS -> this.contacts;
			case CONTACT_ROLES -> this.roles;
			case TIES -> Map.of();
		};
		return columns.getOrDefault(field, (this == DEALGRAPH) ? field : "");
	}

}
