package dev.dealgraph.upkeep;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import dev.dealgraph.audit.AuditLog;
import dev.dealgraph.deal.Deal;
import dev.dealgraph.deal.Deals;
import dev.dealgraph.person.IndividualDeletion;
import dev.dealgraph.person.People;
import dev.dealgraph.person.Person;
import dev.dealgraph.person.Colleagues;
import dev.dealgraph.relationship.Ties;
import dev.dealgraph.relationship.Ties.Contact;
import dev.dealgraph.system.Batch;
import dev.dealgraph.system.Callers;
import dev.dealgraph.system.Checks;
import dev.dealgraph.system.CypherRows;
import dev.dealgraph.system.FieldProblem;
import dev.dealgraph.system.Page;
import dev.dealgraph.system.Sentences;
import dev.dealgraph.system.Visibility;
import dev.dealgraph.system.Visibility.Kind;
import dev.dealgraph.system.Visibility.Seen;
import org.jspecify.annotations.Nullable;

import org.springframework.context.event.EventListener;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;

/**
 * The only place that reads and writes {@code :Interaction} nodes and their edges to the
 * person met, the colleague who met them and the deal it was about. Each one recorded
 * moves the last contact of the tie between the two (through {@link Ties}) in the same
 * transaction.
 */
@Service
public class Interactions {

	private static final String PROJECTION = "i{.*, personId: p.id, colleagueId: c.id, dealId: d.id}";

	private final Neo4jClient client;

	private final Checks checks;

	private final People people;

	private final Colleagues colleagues;

	private final Deals deals;

	private final Visibility visibility;

	private final Ties ties;

	private final AuditLog audit;

	private final UpkeepSettings settings;

	Interactions(Neo4jClient client, Checks checks, People people, Colleagues colleagues, Deals deals,
			Visibility visibility, Ties ties, AuditLog audit, UpkeepSettings settings) {
		this.client = client;
		this.checks = checks;
		this.people = people;
		this.colleagues = colleagues;
		this.deals = deals;
		this.visibility = visibility;
		this.ties = ties;
		this.audit = audit;
		this.settings = settings;
	}

	/**
	 * What is wrong with these interactions: their own fields, a day after tomorrow,
	 * people the caller may not read or change, colleagues that do not exist, a deal at
	 * another account than the person's, an id that already records another contact.
	 * @param peopleInBatch people written together with these, with their account
	 * @param colleaguesInBatch colleagues written together with these
	 * @param dealsInBatch deals written together with these, with their account
	 * @param replace whether one may replace what is stored under its id (an import), or
	 * must record the same as is stored there (a single create)
	 */
	public List<FieldProblem> check(List<Interaction> interactions, String prefix,
			Map<String, @Nullable String> peopleInBatch, Set<String> colleaguesInBatch,
			Map<String, String> dealsInBatch, boolean replace) {
		List<FieldProblem> problems = new ArrayList<>();
		for (int i = 0; i < interactions.size(); i++) {
			problems.addAll(this.checks.problems(Batch.at(prefix, i), interactions.get(i)));
		}
		if (!problems.isEmpty()) {
			return problems;
		}
		Batch.unique(prefix, interactions, Interaction::id, problems);
		LocalDate latest = LocalDate.now(ZoneOffset.UTC).plusDays(1);
		List<String> personIds = interactions.stream().map(Interaction::personId).toList();
		Map<String, Person> stored = this.people.findAll(personIds);
		Map<String, Seen> seen = this.visibility.seeAll(Kind.PERSON, personIds);
		Set<String> colleagueIds = this.colleagues.findAll(interactions.stream().map(Interaction::colleagueId).toList())
			.keySet();
		List<String> dealIds = interactions.stream().map(Interaction::dealId).filter((id) -> id != null).toList();
		Map<String, Deal> storedDeals = this.deals.findAll(dealIds);
		Map<String, Seen> seenDeals = this.visibility.seeAll(Kind.DEAL, dealIds);
		Map<String, Interaction> earlier = find(interactions.stream().map(Interaction::id).toList());
		for (int i = 0; i < interactions.size(); i++) {
			Interaction interaction = interactions.get(i);
			String at = Batch.at(prefix, i);
			if (interaction.date().isAfter(latest)) {
				problems.add(new FieldProblem(Batch.field(at, "date"),
						Sentences.of("problem.field.interaction-future", interaction.date(), latest)));
			}
			String accountId;
			boolean inBatch = peopleInBatch.containsKey(interaction.personId());
			if (inBatch) {
				accountId = peopleInBatch.get(interaction.personId());
			}
			else if (stored.containsKey(interaction.personId())
					&& seen.getOrDefault(interaction.personId(), Seen.MISSING).readable()) {
				accountId = stored.get(interaction.personId()).accountId();
				if (seen.get(interaction.personId()) != Seen.EDITABLE) {
					problems.add(new FieldProblem(Batch.field(at, "personId"),
							Sentences.of("problem.field.not-editable", interaction.personId())));
				}
			}
			else {
				problems.add(unknown(at, "personId", "person", interaction.personId()));
				accountId = null;
			}
			if (!colleagueIds.contains(interaction.colleagueId())
					&& !colleaguesInBatch.contains(interaction.colleagueId())) {
				problems.add(unknown(at, "colleagueId", "colleague", interaction.colleagueId()));
			}
			String dealId = interaction.dealId();
			if (dealId != null) {
				String dealAccount = dealsInBatch.get(dealId);
				if (dealAccount == null && storedDeals.containsKey(dealId)
						&& seenDeals.getOrDefault(dealId, Seen.MISSING).readable()) {
					dealAccount = storedDeals.get(dealId).accountId();
				}
				if (dealAccount == null) {
					problems.add(unknown(at, "dealId", "deal", dealId));
				}
				// someone at no account (an adviser, a consultant) may take part in any
				// deal
				else if (accountId != null && !dealAccount.equals(accountId)) {
					problems.add(new FieldProblem(Batch.field(at, "dealId"), Sentences
						.of("problem.field.interaction-deal-account", dealId, dealAccount, interaction.personId())));
				}
			}
			Interaction before = earlier.get(interaction.id());
			if (before != null && !before.equals(interaction) && !replace) {
				problems.add(new FieldProblem(Batch.field(at, "id"),
						Sentences.of("problem.field.interaction-taken", interaction.id())));
			}
		}
		return problems;
	}

	private static FieldProblem unknown(String at, String field, String noun, String id) {
		return new FieldProblem(Batch.field(at, field),
				Sentences.of("problem.field.unknown-reference", Sentences.noun(noun), id));
	}

	/**
	 * Records these interactions, which {@link #check} passed, and moves the last contact
	 * of each tie they touch. One stored under the same id already is left as it is. Call
	 * inside a transaction; answers how many were new.
	 */
	public int write(List<Interaction> interactions) {
		Map<String, Interaction> stored = find(interactions.stream().map(Interaction::id).toList());
		List<Interaction> fresh = interactions.stream()
			.filter(Predicate.not((i) -> i.equals(stored.get(i.id()))))
			.toList();
		List<String> replaced = fresh.stream().map(Interaction::id).filter(stored::containsKey).toList();
		if (!replaced.isEmpty()) {
			this.client.query("MATCH (i:Interaction) WHERE i.id IN $ids DETACH DELETE i")
				.bind(replaced)
				.to("ids")
				.run();
		}
		List<Map<String, Object>> rows = new ArrayList<>();
		for (Interaction interaction : fresh) {
			Map<String, Object> row = new HashMap<>();
			row.put("id", interaction.id());
			row.put("personId", interaction.personId());
			row.put("colleagueId", interaction.colleagueId());
			row.put("dealId", interaction.dealId());
			row.put("properties", interaction.properties());
			rows.add(row);
		}
		if (!rows.isEmpty()) {
			this.client.query("""
					UNWIND $rows AS row
					MATCH (p:Person {id: row.personId}), (c:Colleague {id: row.colleagueId})
					CREATE (i:Interaction {id: row.id})
					SET i += row.properties
					CREATE (i)-[:WITH_PERSON]->(p), (i)-[:BY_COLLEAGUE]->(c)
					WITH i, row
					MATCH (d:Deal {id: row.dealId})
					CREATE (i)-[:ON_DEAL]->(d)""").bind(rows).to("rows").run();
		}
		for (Interaction interaction : fresh) {
			Interaction before = stored.get(interaction.id());
			this.audit.record((before != null) ? AuditLog.UPDATE : AuditLog.CREATE, "interaction", interaction.id(),
					(before != null) ? before.audited() : null, interaction.audited(),
					Arrays.asList(interaction.personId(), interaction.colleagueId(), interaction.dealId()));
		}
		// every one, not only the new: an import that sets a tie's last contact back is
		// followed by its contacts, which move it forward again; a tie already as late
		// changes nothing and records nothing
		this.ties.touch(interactions.stream()
			.map((i) -> new Contact(i.colleagueId(), i.personId(), i.date(), this.settings.newTieStrength(),
					"interaction " + i.id()))
			.toList());
		return fresh.size() - replaced.size();
	}

	/** The interaction, when the caller may read the person it was with. */
	Optional<Interaction> readable(String id) {
		Map<String, @Nullable Object> parameters = new HashMap<>(Callers.scope().parameters());
		parameters.put("id", id);
		return this.client.query("""
				MATCH (i:Interaction {id: $id})-[:WITH_PERSON]->(p:Person), (i)-[:BY_COLLEAGUE]->(c:Colleague)
				WHERE %s
				OPTIONAL MATCH (i)-[:ON_DEAL]->(d:Deal) WHERE %s
				RETURN %s AS i""".formatted(Visibility.individual("p"), Visibility.deal("d"), PROJECTION))
			.bindAll(parameters)
			.fetchAs(Interaction.class)
			.mappedBy((types, record) -> Interaction.from(record.get("i")))
			.one();
	}

	/** The stored interactions of these ids, whoever may read them. */
	Map<String, Interaction> find(Collection<String> ids) {
		Map<String, Interaction> found = new HashMap<>();
		if (ids.isEmpty()) {
			return found;
		}
		this.client.query("""
				MATCH (i:Interaction)-[:WITH_PERSON]->(p:Person), (i)-[:BY_COLLEAGUE]->(c:Colleague)
				WHERE i.id IN $ids
				OPTIONAL MATCH (i)-[:ON_DEAL]->(d:Deal)
				RETURN %s AS i""".formatted(PROJECTION))
			.bind(ids)
			.to("ids")
			.fetchAs(Interaction.class)
			.mappedBy((types, record) -> Interaction.from(record.get("i")))
			.all()
			.forEach((interaction) -> found.put(interaction.id(), interaction));
		return found;
	}

	/**
	 * The interactions with this person the caller may read, latest first (at most
	 * {@link Page#MAX_SIZE}): what a personal-data report holds.
	 */
	public List<Interaction> withPerson(String personId) {
		return list(0, Page.MAX_SIZE, new InteractionFilter(personId, null, null, null, null, null)).items();
	}

	/**
	 * How many interactions each of these people had on each deal, by anyone of ours,
	 * keyed {@code personId/dealId}.
	 */
	Map<String, Integer> followUps(Collection<String> personIds) {
		Map<String, Integer> counts = new HashMap<>();
		if (personIds.isEmpty()) {
			return counts;
		}
		this.client.query("""
				MATCH (p:Person)<-[:WITH_PERSON]-(i:Interaction)-[:ON_DEAL]->(d:Deal)
				WHERE p.id IN $ids
				RETURN p.id + '/' + d.id AS key, count(i) AS n""")
			.bind(List.copyOf(personIds))
			.to("ids")
			.fetch()
			.all()
			.forEach((row) -> counts.put((String) row.get("key"), ((Number) row.get("n")).intValue()));
		return counts;
	}

	/**
	 * Every contact recorded with these people, by anyone of ours, oldest first: what an
	 * account's health series counts. The caller has been judged to read them.
	 */
	List<HealthSeries.Contact> contactsWith(Collection<String> personIds) {
		List<HealthSeries.Contact> contacts = new ArrayList<>();
		if (personIds.isEmpty()) {
			return contacts;
		}
		CypherRows.stream(this.client, """
				UNWIND $ids AS id
				MATCH (p:Person {id: id})<-[:WITH_PERSON]-(i:Interaction)-[:BY_COLLEAGUE]->(c:Colleague)
				RETURN c.id AS colleague, p.id AS person, i.date AS date, i.outcome AS outcome
				ORDER BY date""", Map.of("ids", List.copyOf(personIds)),
				(row) -> contacts.add(new HealthSeries.Contact(row.get("colleague").asString(),
						row.get("person").asString(), row.get("date").asLocalDate(),
						Outcome.valueOf(row.get("outcome").asString(Outcome.NEUTRAL.name())))));
		return contacts;
	}

	/**
	 * The interactions the caller may read that match every filter given, latest first.
	 */
	Page<Interaction> list(int page, int size, InteractionFilter filter) {
		Map<String, @Nullable Object> parameters = new HashMap<>(Callers.scope().parameters());
		parameters.put("personId", filter.personId());
		parameters.put("colleagueId", filter.colleagueId());
		parameters.put("dealId", filter.dealId());
		parameters.put("from", filter.from());
		parameters.put("to", filter.to());
		parameters.put("atAccount", (filter.accountId() != null) ? this.people.idsAt(filter.accountId()) : null);
		parameters.put("skip", (long) page * size);
		parameters.put("limit", size);
		String match = """
				MATCH (i:Interaction)-[:WITH_PERSON]->(p:Person), (i)-[:BY_COLLEAGUE]->(c:Colleague)
				WHERE ($personId IS NULL OR p.id = $personId) AND ($colleagueId IS NULL OR c.id = $colleagueId)
				  AND ($atAccount IS NULL OR p.id IN $atAccount)
				  AND ($from IS NULL OR i.date >= $from) AND ($to IS NULL OR i.date <= $to)
				  AND ($dealId IS NULL OR EXISTS { MATCH (i)-[:ON_DEAL]->(dd:Deal {id: $dealId}) WHERE %s })
				""".formatted(Visibility.deal("dd")) + "  AND " + Visibility.individual("p") + "\n";
		long total = this.client.query(match + "RETURN count(i)")
			.bindAll(parameters)
			.fetchAs(Long.class)
			.one()
			.orElse(0L);
		// a deal the caller may not read (someone at no account took part in it) is left
		// out
		List<Interaction> items = List.copyOf(this.client
			.query(match + """
					OPTIONAL MATCH (i)-[:ON_DEAL]->(d:Deal) WHERE %s
					RETURN %s AS i ORDER BY i.date DESC, i.id SKIP $skip LIMIT $limit""".formatted(Visibility.deal("d"),
					PROJECTION))
			.bindAll(parameters)
			.fetchAs(Interaction.class)
			.mappedBy((types, record) -> Interaction.from(record.get("i")))
			.all());
		return Page.of(items, page, size, total);
	}

	/**
	 * For an export: every interaction with one of these people that the caller may read,
	 * by date and id, by one of {@code colleagueIds} and about no deal or about one of
	 * {@code dealIds} (any, when null), so the document imports into an empty database.
	 */
	public List<Interaction> withPeople(Collection<String> personIds, @Nullable Collection<String> colleagueIds,
			@Nullable Collection<String> dealIds) {
		if (personIds.isEmpty()) {
			return List.of();
		}
		Map<String, @Nullable Object> parameters = new HashMap<>(Callers.scope().parameters());
		parameters.put("ids", List.copyOf(personIds));
		parameters.put("deals", (dealIds != null) ? List.copyOf(dealIds) : null);
		parameters.put("colleagues", (colleagueIds != null) ? List.copyOf(colleagueIds) : null);
		return List.copyOf(this.client
			.query("""
					MATCH (i:Interaction)-[:WITH_PERSON]->(p:Person), (i)-[:BY_COLLEAGUE]->(c:Colleague)
					WHERE p.id IN $ids AND ($colleagues IS NULL OR c.id IN $colleagues) AND %s
					OPTIONAL MATCH (i)-[:ON_DEAL]->(d:Deal)
					WITH i, p, c, d WHERE d IS NULL OR (($deals IS NULL OR d.id IN $deals) AND %s)
					RETURN %s AS i ORDER BY i.date, i.id""".formatted(Visibility.individual("p"), Visibility.deal("d"),
					PROJECTION))
			.bindAll(parameters)
			.fetchAs(Interaction.class)
			.mappedBy((types, record) -> Interaction.from(record.get("i")))
			.all());
	}

	/** A person or colleague leaves: the interactions they took part in go with them. */
	@EventListener
	void onIndividualDeletion(IndividualDeletion deletion) {
		this.client.query("""
				MATCH (i:Interaction)-[:WITH_PERSON|BY_COLLEAGUE]->(:Individual {id: $id})
				WITH i, i.id AS id, properties(i) AS before
				DETACH DELETE i
				RETURN id, before""")
			.bind(deletion.individualId())
			.to("id")
			.fetch()
			.all()
			.forEach((row) -> this.audit.record(AuditLog.DELETE, "interaction", (String) row.get("id"),
					castMap(row.get("before")), null, List.of(deletion.individualId())));
	}

	@SuppressWarnings("unchecked")
	private static Map<String, ?> castMap(@Nullable Object value) {
		return (Map<String, ?>) value;
	}

	/** The filters of a list; each null one matches everything. */
	record InteractionFilter(@Nullable String personId, @Nullable String colleagueId, @Nullable String accountId,
			@Nullable String dealId, @Nullable LocalDate from, @Nullable LocalDate to) {
	}

}
