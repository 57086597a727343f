package dev.dealgraph.audit;

import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.dealgraph.system.Page;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;

/** Reads the audit, newest first (by time, then by id). */
@Service
public class AuditEntries {

	private static final String MATCH = """
			MATCH (e:AuditEntry)
			WHERE ($objectId IS NULL OR e.objectId = $objectId OR $objectId IN e.subjects)
			  AND ($userId IS NULL OR e.userId = $userId)
			  AND ($from IS NULL OR e.at >= $from) AND ($to IS NULL OR e.at < $to)
			  AND ($operation IS NULL OR e.operation = $operation)
			""";

	private final Neo4jClient client;

	private final JsonMapper json;

	AuditEntries(Neo4jClient client, JsonMapper json) {
		this.client = client;
		this.json = json;
	}

	public Page<AuditEntry> page(AuditQuery query, int page, int size) {
		Map<String, @Nullable Object> parameters = new HashMap<>();
		parameters.put("objectId", query.objectId());
		parameters.put("userId", query.userId());
		parameters.put("from", (query.from() != null) ? query.from().atOffset(ZoneOffset.UTC) : null);
		parameters.put("to", (query.to() != null) ? query.to().atOffset(ZoneOffset.UTC) : null);
		parameters.put("operation", query.operation());
		parameters.put("skip", (long) page * size);
		parameters.put("limit", size);
		long total = this.client.query(MATCH + "RETURN count(e)")
			.bindAll(parameters)
			.fetchAs(Long.class)
			.one()
			.orElse(0L);
		List<AuditEntry> items = List
			.copyOf(this.client.query(MATCH + "RETURN e ORDER BY e.at DESC, e.id DESC SKIP $skip LIMIT $limit")
				.bindAll(parameters)
				.fetchAs(AuditEntry.class)
				.mappedBy((types, record) -> entry(record.get("e")))
				.all());
		return Page.of(items, page, size, total);
	}

	/** Every entry naming this id, newest first, at most {@code limit}. */
	public List<AuditEntry> naming(String id, int limit) {
		return page(AuditQuery.naming(id), 0, limit).items();
	}

	private AuditEntry entry(Value e) {
		return new AuditEntry(e.get("id").asString(),
				e.get("at").asZonedDateTime().toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC),
				e.get("userId").asString(), e.get("keyId").asString(null), e.get("operation").asString(),
				e.get("objectType").asString(), e.get("objectId").asString(), tree(e.get("before")),
				tree(e.get("after")), e.get("subjects").asList(Value::asString));
	}

	private @Nullable JsonNode tree(Value text) {
		return text.isNull() ? null : this.json.readTree(text.asString());
	}

}
