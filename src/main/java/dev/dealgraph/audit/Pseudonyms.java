package dev.dealgraph.audit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * Replaces an erased person's id by a pseudonym in audit entries. Ids never contain a
 * slash, so the id is found as a whole segment of a composite object id such as
 * {@code KNOWS/amy-chen/li-wei}.
 */
final class Pseudonyms {

	private Pseudonyms() {
	}

	/** Pseudonymises one entry still held in memory, when it names the id. */
	@SuppressWarnings("unchecked")
	static void apply(Map<String, @Nullable Object> entry, String id, String pseudonym) {
		List<String> subjects = (List<String>) entry.get("subjects");
		if (subjects == null || !subjects.contains(id)) {
			return;
		}
		entry.put("subjects", subjects(subjects, id, pseudonym));
		entry.put("objectId", objectId((String) entry.get("objectId"), id, pseudonym));
		entry.put("before", null);
		entry.put("after", null);
	}

	/** Pseudonymises every stored entry that names the id; how many there were. */
	static long applyStored(Neo4jClient client, String id, String pseudonym) {
		List<Map<String, Object>> rows = new ArrayList<>();
		client
			.query("MATCH (e:AuditEntry) WHERE $id IN e.subjects RETURN e.id AS id, e.objectId AS objectId, "
					+ "e.subjects AS subjects")
			.bind(id)
			.to("id")
			.fetch()
			.all()
			.forEach((found) -> {
				Map<String, Object> row = new HashMap<>();
				row.put("id", found.get("id"));
				row.put("objectId", objectId((String) found.get("objectId"), id, pseudonym));
				@SuppressWarnings("unchecked")
				List<String> subjects = (List<String>) found.get("subjects");
				row.put("subjects", subjects(subjects, id, pseudonym));
				rows.add(row);
			});
		if (!rows.isEmpty()) {
			client.query("""
					UNWIND $rows AS row
					MATCH (e:AuditEntry {id: row.id})
					SET e.objectId = row.objectId, e.subjects = row.subjects
					REMOVE e.before, e.after""").bind(rows).to("rows").run();
		}
		return rows.size();
	}

	static String objectId(String objectId, String id, String pseudonym) {
		return String.join("/", replaced(List.of(objectId.split("/", -1)), id, pseudonym));
	}

	private static List<String> replaced(List<String> values, String id, String pseudonym) {
		return values.stream().map((value) -> value.equals(id) ? pseudonym : value).distinct().toList();
	}

	/** Subjects are ids, but a composite one is pseudonymised segment by segment too. */
	private static List<String> subjects(List<String> subjects, String id, String pseudonym) {
		return subjects.stream().map((subject) -> objectId(subject, id, pseudonym)).distinct().toList();
	}

}
