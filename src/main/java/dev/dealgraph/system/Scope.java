package dev.dealgraph.system;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * What a caller may see and change, by account. Everything at an account (its people,
 * deals, their stakeholder facts, ties) inherits the account's grant; a person at no
 * account belongs to every team; a colleague linked to a user lets them read the deals
 * they are on, and everyone in those deals. Cypher reads use {@link #parameters()} with
 * the fragments of {@link Visibility}.
 *
 * @param all sees and changes everything (admins and the application itself)
 * @param readable accounts the caller may read
 * @param editable accounts the caller may change
 * @param administered accounts the caller may delete
 * @param colleagueId the caller's own colleague, or null
 */
public record Scope(boolean all, Set<String> readable, Set<String> editable, Set<String> administered,
		@Nullable String colleagueId) {

	public static final Scope ALL = new Scope(true, Set.of(), Set.of(), Set.of(), null);

	/** Someone who may see nothing. */
	public static final Scope NONE = new Scope(false, Set.of(), Set.of(), Set.of(), null);

	public Scope {
		readable = Set.copyOf(readable);
		editable = Set.copyOf(editable);
		administered = Set.copyOf(administered);
	}

	/**
	 * Whether the account and what is at it may be read; a null account is everyone's.
	 */
	public boolean reads(@Nullable String accountId) {
		return this.all || accountId == null || this.readable.contains(accountId);
	}

	/**
	 * Whether what is at the account may be changed; what is at no account may be changed
	 * by anyone who may change something.
	 */
	public boolean edits(@Nullable String accountId) {
		return this.all || ((accountId == null) ? !this.editable.isEmpty() : this.editable.contains(accountId));
	}

	public boolean administers(String accountId) {
		return this.all || this.administered.contains(accountId);
	}

	/** The parameters every {@link Visibility} fragment reads. */
	public Map<String, Object> parameters() {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("scopeAll", this.all);
		parameters.put("scopeRead", List.copyOf(this.readable));
		parameters.put("scopeEdit", List.copyOf(this.editable));
		parameters.put("scopeEditsAny", this.all || !this.editable.isEmpty());
		// no colleague has an empty id, so an unlinked caller's seat matches nothing
		parameters.put("scopeMe", (this.colleagueId != null) ? this.colleagueId : "");
		return parameters;
	}

}
