package dev.dealgraph.relationship;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.dealgraph.audit.AuditLog;
import dev.dealgraph.system.Callers;
import dev.dealgraph.system.CypherRows;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;

/**
 * The trust progression of KNOWS ties (domain.md §4): one {@code :TrustChange} node per
 * step, linked by {@code TRUST_OF} to both ends of the tie and keyed by the tie's two ids
 * in order, so a history outlives a deleted tie (its last step says it ended) and goes
 * with either end when a person or colleague is deleted or erased. Each step is written
 * in the transaction of the tie write that caused it, and only when the level (or the
 * tie's existence) differs from the latest step: a strength edit, or a re-import of the
 * same tie, adds nothing.
 */
@Service
public class TrustHistory {

	private static final String APPEND = """
			UNWIND $rows AS row
			MATCH (a:Individual {id: row.a}), (b:Individual {id: row.b})
			CALL (row) {
			  OPTIONAL MATCH (t:TrustChange {tie: row.tie})
			  WITH t ORDER BY t.at DESC LIMIT 1
			  RETURN t IS NOT NULL AS known, coalesce(t.level, '') AS latestLevel, coalesce(t.ended, false) AS latestEnded
			}
			WITH a, b, row, known, latestLevel, latestEnded
			WHERE NOT known OR latestEnded <> row.ended OR latestLevel <> coalesce(row.level, '')
			CREATE (t:TrustChange {tie: row.tie, at: row.at, ended: row.ended, by: row.by})
			SET t.level = row.level, t.strength = row.strength
			CREATE (t)-[:TRUST_OF]->(a), (t)-[:TRUST_OF]->(b)""";

	private static final String MARK = """
			UNWIND $rows AS row
			MATCH (a:Individual {id: row.a}), (b:Individual {id: row.b})
			MERGE (t:TrustChange {tie: row.tie, at: row.at})
			ON CREATE SET t.created_ = true
			WITH a, b, t, row, CASE WHEN t.created_ IS NULL THEN {level: t.level} END AS before
			REMOVE t.created_
			SET t.level = row.level, t.ended = false, t.by = coalesce(t.by, row.by)
			MERGE (t)-[:TRUST_OF]->(a)
			MERGE (t)-[:TRUST_OF]->(b)
			RETURN row.tie + '/' + toString(date(row.at)) AS id, [row.a, row.b] AS subjects, before,
			       {level: t.level} AS after""";

	// our colleagues' KNOWS ties to these people as they stand, and every step of their
	// history, also of ties that have since ended
	private static final String STANDING = """
			UNWIND $ids AS id
			MATCH (p:Individual {id: id})
			CALL (p) {
			  MATCH (p)-[r:KNOWS]-(c:Colleague)
			  RETURN c.id AS colleague, r.strength AS strength, r.level AS level, r.lastContact AS lastContact,
			         null AS at, null AS ended
			  UNION ALL
			  MATCH (p)<-[:TRUST_OF]-(t:TrustChange)-[:TRUST_OF]->(c:Colleague)
			  RETURN c.id AS colleague, t.strength AS strength, t.level AS level, null AS lastContact,
			         t.at AS at, t.ended AS ended
			}
			RETURN p.id AS person, colleague, strength, level, lastContact, at, ended
			ORDER BY person, colleague, at""";

	private final Neo4jClient client;

	private final AuditLog audit;

	TrustHistory(Neo4jClient client, AuditLog audit) {
		this.client = client;
		this.audit = audit;
	}

	/** The key of the tie between two individuals, whichever way it is written. */
	static String tieKey(String a, String b) {
		return (a.compareTo(b) <= 0) ? a + "/" + b : b + "/" + a;
	}

	/**
	 * A step a write brings: the tie now has {@code level}, or has ended.
	 */
	record Step(String a, String b, @Nullable String level, boolean ended, @Nullable Double strength) {
	}

	/** Appends these steps, each unless it repeats the tie's latest one. */
	void append(List<Step> steps) {
		if (steps.isEmpty()) {
			return;
		}
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
		String by = Callers.current().userId();
		List<Map<String, @Nullable Object>> rows = new ArrayList<>();
		for (Step step : steps) {
			Map<String, @Nullable Object> row = new HashMap<>();
			row.put("a", step.a());
			row.put("b", step.b());
			row.put("tie", tieKey(step.a(), step.b()));
			row.put("at", now);
			row.put("level", step.level());
			row.put("ended", step.ended());
			row.put("strength", step.strength());
			row.put("by", by);
			rows.add(row);
		}
		this.client.query(APPEND).bind(rows).to("rows").run();
	}

	/**
	 * Records earlier steps an import brings, each at the start of its day (UTC); the
	 * same tie and day again replaces the level. Call inside the import's transaction,
	 * before its ties are written, so a tie created at the level of its latest mark adds
	 * no step of its own.
	 */
	public void mark(List<TrustMark> marks) {
		if (marks.isEmpty()) {
			return;
		}
		String by = Callers.current().userId();
		List<Map<String, Object>> rows = new ArrayList<>();
		for (TrustMark mark : marks) {
			rows.add(Map.of("a", mark.from(), "b", mark.to(), "tie", tieKey(mark.from(), mark.to()), "at",
					mark.on().atStartOfDay().atOffset(ZoneOffset.UTC), "level", mark.level().name(), "by", by));
		}
		this.audit.recordRows("trustChange", this.client.query(MARK).bind(rows).to("rows").fetch().all());
	}

	/**
	 * For an export: the trust steps of these ties' KNOWS ones as the marks an import
	 * takes back, one per tie and day (the day's last level), in the tie's own direction,
	 * ordered by tie and day. Steps that ended a tie or had no level have no mark: a mark
	 * says what level a tie stood at from that day on.
	 */
	public List<TrustMark> marks(Collection<Tie> ties) {
		Map<String, Tie> byKey = new HashMap<>();
		ties.stream().filter((t) -> t.type() == TieType.KNOWS).forEach((t) -> byKey.put(tieKey(t.from(), t.to()), t));
		if (byKey.isEmpty()) {
			return List.of();
		}
		Map<String, TrustMark> marks = new TreeMap<>();
		this.client.query("""
				MATCH (t:TrustChange) WHERE t.tie IN $ties AND NOT coalesce(t.ended, false) AND t.level IS NOT NULL
				RETURN t.tie AS tie, t.level AS level, date(t.at) AS on ORDER BY t.tie, t.at""")
			.bind(List.copyOf(byKey.keySet()))
			.to("ties")
			.fetch()
			.all()
			.forEach((row) -> {
				Tie tie = byKey.get((String) row.get("tie"));
				LocalDate on = (LocalDate) row.get("on");
				// a later step of the same day replaces an earlier one, as an import does
				marks.put(tie.from() + "\u0000" + tie.to() + "\u0000" + on,
						new TrustMark(tie.from(), tie.to(), TrustLevel.valueOf((String) row.get("level")), on));
			});
		return List.copyOf(marks.values());
	}

	/**
	 * Everyone whose ties with this person have trust steps on record, also ties that
	 * have since ended, in id order.
	 */
	public List<String> partners(String id) {
		return List.copyOf(this.client.query("""
				MATCH (:Individual {id: $id})<-[:TRUST_OF]-(:TrustChange)-[:TRUST_OF]->(o:Individual)
				WHERE o.id <> $id
				RETURN DISTINCT o.id AS id ORDER BY id""").bind(id).to("id").fetchAs(String.class).all());
	}

	/** Every step of the tie between these two, oldest first. */
	public List<TrustChange> of(String a, String b) {
		List<TrustChange> changes = new ArrayList<>();
		@Nullable TrustLevel previous = null;
		boolean open = false;
		for (Map<String, Object> row : this.client
			.query("MATCH (t:TrustChange {tie: $tie}) RETURN t{.*} AS t ORDER BY t.at")
			.bind(tieKey(a, b))
			.to("tie")
			.fetch()
			.all()) {
			@SuppressWarnings("unchecked")
			Map<String, Object> t = (Map<String, Object>) row.get("t");
			boolean ended = Boolean.TRUE.equals(t.get("ended"));
			TrustLevel level = (ended || t.get("level") == null) ? null : TrustLevel.valueOf((String) t.get("level"));
			TrustChange.Change change = ended ? TrustChange.Change.ENDED
					: (open ? TrustChange.Change.CHANGED : TrustChange.Change.CREATED);
			Object at = t.get("at");
			OffsetDateTime when = (at instanceof java.time.ZonedDateTime zoned) ? zoned.toOffsetDateTime()
					: (OffsetDateTime) at;
			Number strength = (Number) t.get("strength");
			changes.add(new TrustChange(when.withOffsetSameInstant(ZoneOffset.UTC), change, open ? previous : null,
					level, (strength != null) ? strength.doubleValue() : null, (String) t.get("by")));
			previous = level;
			open = !ended;
		}
		return changes;
	}

	/**
	 * Our colleagues' KNOWS ties to these people as they stand now, with the steps of
	 * their history, one entry per colleague and person that have either; also ties that
	 * have since ended.
	 */
	public List<Standing> standing(Collection<String> personIds) {
		if (personIds.isEmpty()) {
			return List.of();
		}
		Map<String, Standing.Now> now = new HashMap<>();
		Map<String, List<Standing.Mark>> steps = new LinkedHashMap<>();
		CypherRows.stream(this.client, STANDING, Map.of("ids", List.copyOf(personIds)), (row) -> {
			String key = row.get("colleague").asString() + "/" + row.get("person").asString();
			List<Standing.Mark> marks = steps.computeIfAbsent(key, (k) -> new ArrayList<>());
			Value strength = row.get("strength");
			@Nullable Double value = strength.isNull() ? null : strength.asDouble();
			if (row.get("at").isNull()) {
				now.put(key, new Standing.Now(value, level(row),
						row.get("lastContact").isNull() ? null : row.get("lastContact").asLocalDate()));
			}
			else {
				boolean ended = row.get("ended").asBoolean(false);
				marks.add(new Standing.Mark(
						row.get("at").asZonedDateTime().toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC),
						ended ? null : level(row), ended, value));
			}
		});
		List<Standing> standing = new ArrayList<>();
		steps.forEach((key, marks) -> {
			int slash = key.indexOf('/');
			standing
				.add(new Standing(key.substring(0, slash), key.substring(slash + 1), now.get(key), List.copyOf(marks)));
		});
		return standing;
	}

	private static @Nullable TrustLevel level(Record row) {
		Value level = row.get("level");
		return level.isNull() ? null : TrustLevel.valueOf(level.asString());
	}

	/** A person or colleague leaves: every step of their ties' history goes too. */
	void forget(String individualId) {
		this.client.query("""
				MATCH (t:TrustChange)-[:TRUST_OF]->(:Individual {id: $id})
				DETACH DELETE t""").bind(individualId).to("id").run();
	}

	/**
	 * One of our colleagues and a person, with the KNOWS tie between them as it stands
	 * (null when it has ended) and its steps, oldest first.
	 */
	public record Standing(String colleagueId, String personId, @Nullable Now current, List<Mark> steps) {

		/** A KNOWS tie as stored. */
		public record Now(@Nullable Double strength, @Nullable TrustLevel level, @Nullable LocalDate lastContact) {
		}

		/** One step: the level from then on, or the end of the tie. */
		public record Mark(OffsetDateTime at, @Nullable TrustLevel level, boolean ended, @Nullable Double strength) {
		}

	}

}
