package dev.dealgraph.access;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.dealgraph.access.AccessModel.Grant;
import dev.dealgraph.access.AccessModel.IssuedKey;
import dev.dealgraph.access.AccessModel.Key;
import dev.dealgraph.access.AccessModel.Team;
import dev.dealgraph.access.AccessModel.User;
import dev.dealgraph.account.AccountDeletion;
import dev.dealgraph.audit.AuditLog;
import dev.dealgraph.system.GraphWrites;
import dev.dealgraph.system.Level;
import dev.dealgraph.system.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;

import org.springframework.context.event.EventListener;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.data.neo4j.core.Neo4jClient.RunnableSpec;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The only writer of users, teams, memberships, grants and keys. Every change moves the
 * access state's version in the same transaction, and this instance's directory reloads
 * once it commits, so a revoked key fails on the very next request.
 */
@Service
class AccessAdmin {

	private final Neo4jClient client;

	private final GraphWrites writes;

	private final AccessDirectory directory;

	private final AuditLog audit;

	AccessAdmin(Neo4jClient client, GraphWrites writes, AccessDirectory directory, AuditLog audit) {
		this.client = client;
		this.writes = writes;
		this.directory = directory;
		this.audit = audit;
	}

	List<User> users() {
		return List.copyOf(this.client.query("""
				MATCH (u:User)
				RETURN u, COLLECT { MATCH (u)-[:MEMBER_OF]->(t:Team) RETURN t.id ORDER BY t.id } AS teams
				ORDER BY u.id""")
			.fetchAs(User.class)
			.mappedBy((types, record) -> user(record.get("u"), record.get("teams")))
			.all());
	}

	User user(String id) {
		return this.client.query("""
				MATCH (u:User {id: $id})
				RETURN u, COLLECT { MATCH (u)-[:MEMBER_OF]->(t:Team) RETURN t.id ORDER BY t.id } AS teams""")
			.bind(id)
			.to("id")
			.fetchAs(User.class)
			.mappedBy((types, record) -> user(record.get("u"), record.get("teams")))
			.one()
			.orElseThrow(() -> new NotFoundException("user", id));
	}

	/** Creates or replaces the user; true when created. */
	boolean putUser(String id, String name, boolean admin, @Nullable String colleagueId) {
		Map<String, @Nullable Object> parameters = new HashMap<>();
		parameters.put("id", id);
		parameters.put("name", name);
		parameters.put("admin", admin);
		parameters.put("colleagueId", colleagueId);
		return changing(() -> created("user", this.client.query("""
				MERGE (u:User {id: $id})
				ON CREATE SET u.created_ = true, u.createdAt = datetime()
				WITH u, CASE WHEN u.created_ IS NULL THEN properties(u) END AS before
				REMOVE u.created_
				SET u.name = $name, u.admin = $admin, u.colleagueId = $colleagueId
				RETURN u.id AS id, before, properties(u) AS after, [before.colleagueId, $colleagueId] AS subjects""")
			.bindAll(parameters)));
	}

	/** Deletes the user with their keys, calendar feeds and memberships. */
	void deleteUser(String id) {
		changing(() -> {
			// the audit names the keys and memberships that go with the user, never a
			// hash
			if (!audited("user", this.client.query("""
					MATCH (u:User {id: $id})
					WITH u, u {.name, .admin, .colleagueId, keys: [(k:ApiKey)-[:KEY_OF]->(u) | k {.id, .name}],
					           teams: [(u)-[:MEMBER_OF]->(t:Team) | t.id]} AS before
					OPTIONAL MATCH (k:ApiKey)-[:KEY_OF]->(u)
					DETACH DELETE k
					WITH DISTINCT u, before
					OPTIONAL MATCH (f:CalendarFeed)-[:FEED_OF]->(u)
					DETACH DELETE f
					WITH DISTINCT u, before
					DETACH DELETE u
					RETURN $id AS id, before, null AS after, [before.colleagueId] AS subjects""").bind(id).to("id"))) {
				throw new NotFoundException("user", id);
			}
			return true;
		});
	}

	List<Team> teams() {
		return List.copyOf(this.client.query(TEAM + " ORDER BY t.id")
			.bindAll(Map.of("id", ""))
			.fetchAs(Team.class)
			.mappedBy((types, record) -> team(record))
			.all());
	}

	Team team(String id) {
		return this.client.query(TEAM.replace("MATCH (t:Team)", "MATCH (t:Team {id: $id})"))
			.bind(id)
			.to("id")
			.fetchAs(Team.class)
			.mappedBy((types, record) -> team(record))
			.one()
			.orElseThrow(() -> new NotFoundException("team", id));
	}

	private static final String TEAM = """
			MATCH (t:Team)
			RETURN t.id AS id, t.name AS name,
			       COLLECT { MATCH (u:User)-[:MEMBER_OF]->(t) RETURN u.id ORDER BY u.id } AS members,
			       COLLECT { MATCH (t)-[g:GRANTED]->(a:Account) RETURN [a.id, g.level] ORDER BY a.id } AS grants""";

	boolean putTeam(String id, String name) {
		return changing(() -> created("team", this.client.query("""
				MERGE (t:Team {id: $id})
				ON CREATE SET t.created_ = true
				WITH t, CASE WHEN t.created_ IS NULL THEN properties(t) END AS before
				REMOVE t.created_
				SET t.name = $name
				RETURN t.id AS id, before, properties(t) AS after""").bindAll(Map.of("id", id, "name", name))));
	}

	void deleteTeam(String id) {
		changing(() -> {
			if (!audited("team", this.client.query("""
					MATCH (t:Team {id: $id})
					WITH t, t {.name, members: [(u:User)-[:MEMBER_OF]->(t) | u.id],
					           grants: [(t)-[g:GRANTED]->(a:Account) | {accountId: a.id, level: g.level}]} AS before
					DETACH DELETE t
					RETURN $id AS id, before, null AS after, [g IN before.grants | g.accountId] AS subjects""")
				.bind(id)
				.to("id"))) {
				throw new NotFoundException("team", id);
			}
			return true;
		});
	}

	/** Adds the user to the team; true when they were not in it. */
	boolean join(String teamId, String userId) {
		return changing(() -> {
			requireTeamAndUser(teamId, userId);
			return created("membership",
					this.client
						.query("""
								MATCH (t:Team {id: $team}), (u:User {id: $user})
								OPTIONAL MATCH (u)-[existing:MEMBER_OF]->(t)
								MERGE (u)-[:MEMBER_OF]->(t)
								RETURN t.id + '/' + u.id AS id, CASE WHEN existing IS NOT NULL THEN {teamId: t.id, userId: u.id} END AS before,
								       {teamId: t.id, userId: u.id} AS after""")
						.bindAll(Map.of("team", teamId, "user", userId)));
		});
	}

	void leave(String teamId, String userId) {
		changing(() -> {
			requireTeamAndUser(teamId, userId);
			if (!audited("membership", this.client.query("""
					MATCH (u:User {id: $user})-[m:MEMBER_OF]->(t:Team {id: $team}) DELETE m
					RETURN t.id + '/' + u.id AS id, {teamId: t.id, userId: u.id} AS before, null AS after""")
				.bindAll(Map.of("team", teamId, "user", userId)))) {
				throw new NotFoundException("user", userId);
			}
			return true;
		});
	}

	private void requireTeamAndUser(String teamId, String userId) {
		Map<String, Object> found = this.client.query("""
				OPTIONAL MATCH (t:Team {id: $team}) OPTIONAL MATCH (u:User {id: $user})
				RETURN t IS NOT NULL AS team, u IS NOT NULL AS user""")
			.bindAll(Map.of("team", teamId, "user", userId))
			.fetch()
			.one()
			.orElseThrow();
		if (!Boolean.TRUE.equals(found.get("team"))) {
			throw new NotFoundException("team", teamId);
		}
		if (!Boolean.TRUE.equals(found.get("user"))) {
			throw new NotFoundException("user", userId);
		}
	}

	/** Grants the team this level on the account; true when it held none before. */
	boolean grant(String teamId, String accountId, Level level) {
		return changing(() -> {
			Map<String, Object> found = this.client.query("""
					OPTIONAL MATCH (t:Team {id: $team}) OPTIONAL MATCH (a:Account {id: $account})
					RETURN t IS NOT NULL AS team, a IS NOT NULL AS account""")
				.bindAll(Map.of("team", teamId, "account", accountId))
				.fetch()
				.one()
				.orElseThrow();
			if (!Boolean.TRUE.equals(found.get("team"))) {
				throw new NotFoundException("team", teamId);
			}
			if (!Boolean.TRUE.equals(found.get("account"))) {
				throw new NotFoundException("account", accountId);
			}
			return created("grant", this.client.query("""
					MATCH (t:Team {id: $team}), (a:Account {id: $account})
					OPTIONAL MATCH (t)-[existing:GRANTED]->(a)
					WITH t, a, CASE WHEN existing IS NOT NULL THEN properties(existing) END AS before
					MERGE (t)-[g:GRANTED]->(a)
					SET g.level = $level
					RETURN t.id + '/' + a.id AS id, before, properties(g) AS after, [a.id] AS subjects""")
				.bindAll(Map.of("team", teamId, "account", accountId, "level", level.name())));
		});
	}

	void revokeGrant(String teamId, String accountId) {
		changing(() -> {
			if (!audited("grant", this.client.query(REVOKE).bindAll(Map.of("team", teamId, "account", accountId)))) {
				throw new NotFoundException("grant", teamId + "/" + accountId);
			}
			return true;
		});
	}

	/** A deleted account takes its grants with it, in the deleting transaction. */
	@EventListener
	void onAccountDeletion(AccountDeletion deletion) {
		Map<String, @Nullable Object> parameters = new HashMap<>();
		parameters.put("account", deletion.accountId());
		parameters.put("team", null);
		if (audited("grant", this.client.query(REVOKE).bindAll(parameters))) {
			moved();
		}
	}

	/** Removes grants on the account, with what the audit says of each. */
	private static final String REVOKE = """
			MATCH (t:Team)-[g:GRANTED]->(a:Account {id: $account})
			WHERE $team IS NULL OR t.id = $team
			WITH t, a, g, properties(g) AS before
			DELETE g
			RETURN t.id + '/' + a.id AS id, before, null AS after, [a.id] AS subjects""";

	/** Runs a write that answers audit rows and records them; true when it wrote any. */
	private boolean audited(String objectType, RunnableSpec write) {
		Collection<Map<String, Object>> rows = write.fetch().all();
		this.audit.recordRows(objectType, rows);
		return !rows.isEmpty();
	}

	/** As {@link #audited}; true when the write created its object. */
	private boolean created(String objectType, RunnableSpec write) {
		Collection<Map<String, Object>> rows = write.fetch().all();
		this.audit.recordRows(objectType, rows);
		return rows.iterator().next().get("before") == null;
	}

	/** A new key for the user; its secret is in this answer only. */
	IssuedKey issueKey(String userId, String name) {
		String secret = KeySecrets.generate();
		String id = KeySecrets.newId();
		return changing(() -> {
			Optional<OffsetDateTime> created = this.client.query("""
					MATCH (u:User {id: $user})
					CREATE (k:ApiKey {id: $id, name: $name, hash: $hash, createdAt: datetime()})-[:KEY_OF]->(u)
					RETURN k.createdAt""")
				.bindAll(Map.of("user", userId, "id", id, "name", name, "hash", KeySecrets.hash(secret)))
				.fetchAs(OffsetDateTime.class)
				.mappedBy((types, record) -> record.get(0).asZonedDateTime().toOffsetDateTime())
				.one();
			IssuedKey issued = new IssuedKey(id, name, userId,
					created.orElseThrow(() -> new NotFoundException("user", userId))
						.withOffsetSameInstant(ZoneOffset.UTC),
					secret);
			// the key's id, name and owner only: never its secret or hash
			this.audit.record(AuditLog.CREATE, "key", id, null, Map.of("name", name, "userId", userId),
					List.of(userId));
			return issued;
		});
	}

	List<Key> keys(@Nullable String userId) {
		Map<String, @Nullable Object> parameters = new LinkedHashMap<>();
		parameters.put("user", userId);
		return List.copyOf(this.client.query("""
				MATCH (k:ApiKey)-[:KEY_OF]->(u:User) WHERE $user IS NULL OR u.id = $user
				RETURN k, u.id AS user ORDER BY k.createdAt, k.id""")
			.bindAll(parameters)
			.fetchAs(Key.class)
			.mappedBy((types, record) -> key(record.get("k"), record.get("user").asString()))
			.all());
	}

	/** Revokes the key: its hash is forgotten, so the secret can never work again. */
	Key revokeKey(String keyId) {
		return changing(() -> {
			String was = this.client.query("MATCH (k:ApiKey {id: $id}) RETURN toString(k.revokedAt)")
				.bind(keyId)
				.to("id")
				.fetchAs(String.class)
				.one()
				.orElse(null);
			Key key = this.client.query("""
					MATCH (k:ApiKey {id: $id})-[:KEY_OF]->(u:User)
					SET k.revokedAt = coalesce(k.revokedAt, datetime())
					REMOVE k.hash
					RETURN k, u.id AS user""")
				.bind(keyId)
				.to("id")
				.fetchAs(Key.class)
				.mappedBy((types, record) -> key(record.get("k"), record.get("user").asString()))
				.one()
				.orElseThrow(() -> new NotFoundException("key", keyId));
			this.audit.record(AuditLog.UPDATE, "key", keyId, java.util.Collections.singletonMap("revokedAt", was),
					Map.of("revokedAt", String.valueOf(key.revokedAt())), List.of(key.userId()));
			return key;
		});
	}

	/** Whether any admin exists who holds a live key. */
	boolean anyAdminWithKey() {
		return this.client.query("""
				MATCH (:ApiKey)-[:KEY_OF]->(u:User {admin: true}) RETURN count(u) > 0""")
			.fetchAs(Boolean.class)
			.one()
			.orElse(false);
	}

	private <T> T changing(java.util.function.Supplier<T> work) {
		return this.writes.inTransaction(() -> {
			T result = work.get();
			moved();
			return result;
		});
	}

	/**
	 * Moves the version and reloads this instance's directory once the change commits.
	 */
	private void moved() {
		this.client.query("MERGE (s:AccessState {id: 'access'}) SET s.version = coalesce(s.version, 0) + 1").run();
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					AccessAdmin.this.directory.invalidate();
				}
			});
		}
		else {
			this.directory.reload();
		}
	}

	private static User user(Value u, Value teams) {
		return new User(u.get("id").asString(), u.get("name").asString(u.get("id").asString()),
				u.get("admin").asBoolean(false), u.get("colleagueId").asString(null),
				teams.asList((t) -> t.asString()));
	}

	private static Team team(org.neo4j.driver.Record record) {
		Map<String, Level> grants = new LinkedHashMap<>();
		record.get("grants")
			.asList((v) -> v)
			.forEach((g) -> grants.put(g.get(0).asString(), Level.valueOf(g.get(1).asString())));
		return new Team(record.get("id").asString(), record.get("name").asString(),
				record.get("members").asList((m) -> m.asString()), grants);
	}

	private static Key key(Value k, String userId) {
		return new Key(k.get("id").asString(), k.get("name").asString(), userId, time(k.get("createdAt")),
				timeOrNull(k.get("lastUsedAt")), timeOrNull(k.get("revokedAt")));
	}

	private static OffsetDateTime time(Value value) {
		return value.asZonedDateTime().toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
	}

	private static @Nullable OffsetDateTime timeOrNull(Value value) {
		return value.isNull() ? null : time(value);
	}

}
