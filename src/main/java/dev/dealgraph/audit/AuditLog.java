package dev.dealgraph.audit;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import dev.dealgraph.audit.ChangedFields.Sides;
import dev.dealgraph.system.Caller;
import dev.dealgraph.system.Callers;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Where every write says what it did. Owners call {@link #record} inside their write
 * transaction; the transaction writes its entries as {@code :AuditEntry} nodes just
 * before it commits, so a rolled-back write leaves no entry and a committed one always
 * has its entries. Each entry is a node of its own: writers never wait for each other on
 * the audit.
 */
@Component
public class AuditLog {

	public static final String CREATE = "create";

	public static final String UPDATE = "update";

	public static final String DELETE = "delete";

	public static final String IMPORT = "import";

	public static final String EXPORT = "export";

	public static final String ERASURE = "erasure";

	/** Every operation an entry can have. */
	public static final Set<String> OPERATIONS = Set.of(CREATE, UPDATE, DELETE, IMPORT, EXPORT, ERASURE);

	private final Neo4jClient client;

	private final JsonMapper json;

	AuditLog(Neo4jClient client, JsonMapper json) {
		this.client = client;
		this.json = json;
	}

	/**
	 * Records one write. {@code before} and {@code after} may hold every property of the
	 * object: only the fields that differ are kept. An update that changed nothing is not
	 * recorded.
	 * @param before the object before the write, null when it creates it
	 * @param after the object after the write, null when it deletes it
	 * @param subjects the other people, colleagues, deals and accounts it names; the
	 * object itself is added unless its id is composite ({@code dealId/personId}), whose
	 * parts the caller names
	 */
	public void record(String operation, String objectType, String objectId, @Nullable Map<String, ?> before,
			@Nullable Map<String, ?> after, Collection<@Nullable String> subjects) {
		Sides sides = ChangedFields.of(before, after);
		if (sides.unchanged()) {
			return;
		}
		Set<String> named = new LinkedHashSet<>();
		if (!objectId.contains("/")) {
			named.add(objectId);
		}
		subjects.forEach((subject) -> {
			if (subject != null) {
				named.add(subject);
			}
		});
		Caller caller = Callers.current();
		Pending pending = pending();
		Map<String, @Nullable Object> entry = new HashMap<>();
		entry.put("at", Instant.now().atOffset(ZoneOffset.UTC));
		entry.put("userId", caller.userId());
		entry.put("keyId", caller.keyId());
		entry.put("operation", (pending != null && pending.operation != null) ? pending.operation : operation);
		entry.put("objectType", objectType);
		entry.put("objectId", objectId);
		entry.put("before", (sides.before() != null) ? this.json.writeValueAsString(sides.before()) : null);
		entry.put("after", (sides.after() != null) ? this.json.writeValueAsString(sides.after()) : null);
		entry.put("subjects", List.copyOf(named));
		if (pending == null) {
			write(List.of(entry), UUID.randomUUID().toString());
			return;
		}
		pending.entries.add(entry);
	}

	/** Records a write that names only its own object. */
	public void record(String operation, String objectType, String objectId, @Nullable Map<String, ?> before,
			@Nullable Map<String, ?> after) {
		record(operation, objectType, objectId, before, after, List.of());
	}

	/**
	 * Records rows a write statement returned, each with {@code id}, {@code before} and
	 * {@code after} (maps, null for the side that does not exist) and optionally
	 * {@code subjects}: a create when before is null, a delete when after is null, an
	 * update otherwise.
	 */
	@SuppressWarnings("unchecked")
	public void recordRows(String objectType, Collection<Map<String, Object>> rows) {
		for (Map<String, Object> row : rows) {
			Map<String, ?> before = (Map<String, ?>) row.get("before");
			Map<String, ?> after = (Map<String, ?>) row.get("after");
			Collection<@Nullable String> subjects = (Collection<@Nullable String>) row.getOrDefault("subjects",
					List.of());
			record((before == null) ? CREATE : (after == null) ? DELETE : UPDATE, objectType, (String) row.get("id"),
					before, after, subjects);
		}
	}

	/**
	 * Names the operation of every entry the current transaction records from now on: an
	 * import records each item the owners write as {@link #IMPORT}.
	 */
	public void operation(String operation) {
		Pending pending = pending();
		if (pending != null) {
			pending.operation = operation;
		}
	}

	/**
	 * Pseudonymises every entry that names {@code id}, stored or still to be written by
	 * this transaction: the id becomes {@code pseudonym} in the object and the subjects,
	 * and the fields before and after are dropped. Call inside the erasing transaction.
	 * @return how many stored entries were changed
	 */
	public long forget(String id, String pseudonym) {
		Pending pending = pending();
		if (pending != null) {
			pending.entries.forEach((entry) -> Pseudonyms.apply(entry, id, pseudonym));
		}
		return Pseudonyms.applyStored(this.client, id, pseudonym);
	}

	private @Nullable Pending pending() {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			return null;
		}
		Pending pending = (Pending) TransactionSynchronizationManager.getResource(this);
		if (pending == null) {
			pending = new Pending();
			TransactionSynchronizationManager.bindResource(this, pending);
			TransactionSynchronizationManager.registerSynchronization(pending);
		}
		return pending;
	}

	/** The entries get ids that sort in the order they were recorded within the write. */
	private void write(List<Map<String, @Nullable Object>> entries, String prefix) {
		List<Map<String, @Nullable Object>> rows = new ArrayList<>();
		for (int i = 0; i < entries.size(); i++) {
			Map<String, @Nullable Object> row = new HashMap<>(entries.get(i));
			row.put("id", prefix + "-" + String.format("%05d", i));
			rows.add(row);
		}
		this.client.query("UNWIND $rows AS row CREATE (e:AuditEntry) SET e = row").bind(rows).to("rows").run();
	}

	/** What one transaction recorded, written just before it commits. */
	private final class Pending implements TransactionSynchronization {

		private final List<Map<String, @Nullable Object>> entries = new ArrayList<>();

		private @Nullable String operation;

		@Override
		public void beforeCommit(boolean readOnly) {
			if (!this.entries.isEmpty()) {
				write(this.entries, UUID.randomUUID().toString());
			}
		}

		@Override
		public void afterCompletion(int status) {
			TransactionSynchronizationManager.unbindResourceIfPossible(AuditLog.this);
		}

	}

}
