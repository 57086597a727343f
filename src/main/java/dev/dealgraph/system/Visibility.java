package dev.dealgraph.system;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Who may see and change what, said once in Cypher. Each fragment takes the variable it
 * judges (always a name chosen in code) and reads the parameters of
 * {@link Scope#parameters()}. These rules read every feature's account edges, the one
 * place outside their owners that does.
 */
@Component
public class Visibility {

	/** An object whose visibility is judged on its own, by id. */
	public enum Kind {

		ACCOUNT("account", "Account"), DEAL("deal", "Deal"), PERSON("person", "Person"),
		INDIVIDUAL("individual", "Individual");

		private final String noun;

		private final String label;

		Kind(String noun, String label) {
			this.noun = noun;
			this.label = label;
		}

		public String noun() {
			return this.noun;
		}

	}

	/** What the caller may do with one object. */
	public enum Seen {

		/** Nothing has that id. */
		MISSING,

		/** It exists, but the caller may not know it: answered like {@link #MISSING}. */
		HIDDEN,

		READ_ONLY, EDITABLE;

		public boolean readable() {
			return this == READ_ONLY || this == EDITABLE;
		}

	}

	private final Neo4jClient client;

	Visibility(Neo4jClient client) {
		this.client = client;
	}

	public static String account(String a) {
		return "($scopeAll OR " + a + ".id IN $scopeRead)";
	}

	public static String editableAccount(String a) {
		return "($scopeAll OR " + a + ".id IN $scopeEdit)";
	}

	public static String deal(String d) {
		return "($scopeAll OR EXISTS { MATCH (" + d + ")-[:AT]->(" + d + "_a:Account) WHERE " + d
				+ "_a.id IN $scopeRead } OR EXISTS { MATCH (:Colleague {id: $scopeMe})-[:ON_TEAM]->(" + d + ") })";
	}

	public static String editableDeal(String d) {
		return "($scopeAll OR EXISTS { MATCH (" + d + ")-[:AT]->(" + d + "_a:Account) WHERE " + d
				+ "_a.id IN $scopeEdit })";
	}

	/**
	 * A person at a readable account, at no account, or in a readable deal. A colleague
	 * works at no account, so this holds for every colleague too.
	 */
	public static String individual(String p) {
		return "($scopeAll OR NOT EXISTS { MATCH (" + p + ")-[:WORKS_AT]->(:Account) } OR EXISTS { MATCH (" + p
				+ ")-[:WORKS_AT]->(" + p + "_a:Account) WHERE " + p + "_a.id IN $scopeRead } OR EXISTS { MATCH (" + p
				+ ")-[:IN_DEAL]->(" + p + "_d:Deal) WHERE " + deal(p + "_d") + " })";
	}

	/** A person at an editable account, or at none when the caller may edit anything. */
	public static String editableIndividual(String p) {
		return "($scopeAll OR (NOT EXISTS { MATCH (" + p + ")-[:WORKS_AT]->(:Account) } AND $scopeEditsAny) "
				+ "OR EXISTS { MATCH (" + p + ")-[:WORKS_AT]->(" + p + "_a:Account) WHERE " + p
				+ "_a.id IN $scopeEdit })";
	}

	/** What the current caller may do with the object {@code id}, in one round trip. */
	public Seen see(Kind kind, String id) {
		return seeAll(kind, List.of(id)).getOrDefault(id, Seen.MISSING);
	}

	/**
	 * What the current caller may do with each of these objects; missing ones are left
	 * out.
	 */
	public Map<String, Seen> seeAll(Kind kind, Collection<String> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		String read;
		String edit;
		switch (kind) {
			case ACCOUNT -> {
				read = account("x");
				edit = editableAccount("x");
			}
			case DEAL -> {
				read = deal("x");
				edit = editableDeal("x");
			}
			default -> {
				read = individual("x");
				edit = editableIndividual("x");
			}
		}
		Map<String, Object> parameters = Callers.scope().parameters();
		parameters.put("ids", List.copyOf(new LinkedHashSet<>(ids)));
		Map<String, Seen> seen = new HashMap<>();
		this.client
			.query("MATCH (x:" + kind.label + ") WHERE x.id IN $ids RETURN x.id AS id, " + read + " AS read, " + edit
					+ " AS edit")
			.bindAll(parameters)
			.fetch()
			.all()
			.forEach((row) -> seen.put((String) row.get("id"), Boolean.TRUE.equals(row.get("edit")) ? Seen.EDITABLE
					: Boolean.TRUE.equals(row.get("read")) ? Seen.READ_ONLY : Seen.HIDDEN));
		return seen;
	}

	/**
	 * What keeps the caller from putting something at {@code accountId} (named by
	 * {@code field}), or null: an account they may not read is unknown to them, exactly
	 * as a missing one; one they may only read is forbidden. Judged from the caller's
	 * grants alone; whether the account exists is the owner's check.
	 */
	public static @Nullable RuntimeException placing(String field, @Nullable String accountId) {
		Scope scope = Callers.scope();
		if (scope.edits(accountId)) {
			return null;
		}
		if (accountId != null && !scope.reads(accountId)) {
			return new InvalidInputException(List.of(new FieldProblem(field,
					Sentences.of("problem.field.unknown-reference", Sentences.noun("account"), accountId))));
		}
		return new ForbiddenException(
				Sentences.of("problem.forbidden.account-edit", (accountId != null) ? accountId : "-"));
	}

	/** 403 unless the caller is an admin. */
	public static void requireAdmin() {
		if (!Callers.current().admin()) {
			throw new ForbiddenException(Sentences.of("problem.forbidden.admin-only"));
		}
	}

	/** Throws what {@link #placing} finds. */
	public static void requirePlacing(String field, @Nullable String accountId) {
		RuntimeException refused = placing(field, accountId);
		if (refused != null) {
			throw refused;
		}
	}

	/** 404 unless the caller may read it, whether it is missing or hidden. */
	public Seen requireRead(Kind kind, String id) {
		if (Callers.scope().all()) {
			// admins see everything; a missing id is the owner's 404
			return Seen.EDITABLE;
		}
		Seen seen = see(kind, id);
		if (!seen.readable()) {
			throw new NotFoundException(kind.noun, id);
		}
		return seen;
	}

	/** 404 unless the caller may read it, 403 when they may read but not change it. */
	public void requireEdit(Kind kind, String id) {
		if (requireRead(kind, id) != Seen.EDITABLE) {
			throw new ForbiddenException(Sentences.of("problem.forbidden.read-only", Sentences.noun(kind.noun), id));
		}
	}

	/**
	 * For a create-or-replace: passes when nothing has the id yet; otherwise as
	 * {@link #requireEdit}. True when it exists.
	 */
	public boolean requireEditIfExists(Kind kind, String id) {
		Seen seen = see(kind, id);
		if (seen == Seen.MISSING) {
			return false;
		}
		if (seen == Seen.HIDDEN) {
			throw new NotFoundException(kind.noun, id);
		}
		if (seen != Seen.EDITABLE) {
			throw new ForbiddenException(Sentences.of("problem.forbidden.read-only", Sentences.noun(kind.noun), id));
		}
		return true;
	}

}
