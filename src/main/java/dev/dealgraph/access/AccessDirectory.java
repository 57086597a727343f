package dev.dealgraph.access;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.dealgraph.system.Caller;
import dev.dealgraph.system.Level;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Users, teams, grants and live keys, held in memory so that judging a request costs no
 * round trip. Every change to them moves the access state's version in its own
 * transaction; this instance reloads right after its own changes commit, and every
 * {@code dealgraph.access.refresh} otherwise, so a key revoked through another instance
 * stops working there within that interval.
 */
@Component
public class AccessDirectory {

	private static final Log logger = LogFactory.getLog(AccessDirectory.class);

	record KeyEntry(String id, String userId) {
	}

	record UserEntry(String id, boolean admin, @Nullable String colleagueId, Set<String> teams) {
	}

	private record State(long version, Map<String, KeyEntry> keysByHash, Map<String, UserEntry> users,
			Map<String, Map<String, Level>> grantsByTeam) {

		static final State EMPTY = new State(-1, Map.of(), Map.of(), Map.of());

	}

	private final Neo4jClient client;

	private volatile State state = State.EMPTY;

	AccessDirectory(Neo4jClient client) {
		this.client = client;
	}

	/** The caller an API key stands for, when the key is live and its user exists. */
	Optional<Caller> byKeyHash(String hash) {
		State current = loaded();
		KeyEntry key = current.keysByHash.get(hash);
		if (key == null) {
			return Optional.empty();
		}
		UserEntry user = current.users.get(key.userId());
		if (user == null) {
			return Optional.empty();
		}
		return Optional.of(caller(current, user.id(), user.admin(), user.teams(), user.colleagueId(), key.id()));
	}

	/**
	 * The caller a stored user is now, with their teams' grants as they stand; empty when
	 * the user no longer exists. A calendar feed reads as the user who made it.
	 */
	Optional<Caller> byUser(String userId) {
		State current = loaded();
		UserEntry user = current.users.get(userId);
		if (user == null) {
			return Optional.empty();
		}
		return Optional.of(caller(current, user.id(), user.admin(), user.teams(), user.colleagueId(), null));
	}

	/**
	 * The caller a company token stands for: its teams come from the token; a user stored
	 * under the same id adds their colleague link and admin flag.
	 */
	Caller byToken(String subject, Collection<String> teams, boolean admin) {
		State current = loaded();
		UserEntry user = current.users.get(subject);
		boolean isAdmin = admin || (user != null && user.admin());
		return caller(current, subject, isAdmin, Set.copyOf(teams), (user != null) ? user.colleagueId() : null, null);
	}

	private static Caller caller(State state, String userId, boolean admin, Set<String> teams,
			@Nullable String colleagueId, @Nullable String keyId) {
		Map<String, Level> grants = new HashMap<>();
		for (String team : teams) {
			state.grantsByTeam.getOrDefault(team, Map.of())
				.forEach((account, level) -> grants.merge(account, level, (a, b) -> a.includes(b) ? a : b));
		}
		return new Caller(userId, admin, teams, grants, colleagueId, keyId);
	}

	private State loaded() {
		State current = this.state;
		if (current.version < 0) {
			synchronized (this) {
				current = this.state;
				if (current.version < 0) {
					reload();
					current = this.state;
				}
			}
		}
		return current;
	}

	/**
	 * Forgets what is known, so the next request reads the directory again before it is
	 * judged; called once a change through this instance commits.
	 */
	public void invalidate() {
		this.state = State.EMPTY;
	}

	/** Reads the whole directory again. */
	public void reload() {
		this.state = this.client.query("""
				CALL () {
				  MATCH (k:ApiKey)-[:KEY_OF]->(u:User) WHERE k.hash IS NOT NULL
				  RETURN collect({hash: k.hash, id: k.id, user: u.id}) AS keys
				}
				CALL () {
				  MATCH (u:User)
				  RETURN collect({id: u.id, admin: coalesce(u.admin, false), colleague: u.colleagueId,
				                  teams: COLLECT { MATCH (u)-[:MEMBER_OF]->(t:Team) RETURN t.id }}) AS users
				}
				CALL () {
				  MATCH (t:Team)-[g:GRANTED]->(a:Account)
				  RETURN collect({team: t.id, account: a.id, level: g.level}) AS grants
				}
				OPTIONAL MATCH (s:AccessState {id: 'access'})
				RETURN coalesce(s.version, 0) AS version, keys, users, grants""")
			.fetchAs(State.class)
			.mappedBy((types, record) -> {
				Map<String, KeyEntry> keys = new HashMap<>();
				record.get("keys")
					.asList((v) -> v)
					.forEach((k) -> keys.put(k.get("hash").asString(),
							new KeyEntry(k.get("id").asString(), k.get("user").asString())));
				Map<String, UserEntry> users = new HashMap<>();
				record.get("users").asList((v) -> v).forEach((u) -> {
					List<String> teams = u.get("teams").asList((t) -> t.asString());
					users.put(u.get("id").asString(), new UserEntry(u.get("id").asString(), u.get("admin").asBoolean(),
							u.get("colleague").asString(null), new HashSet<>(teams)));
				});
				Map<String, Map<String, Level>> grants = new HashMap<>();
				record.get("grants")
					.asList((v) -> v)
					.forEach((g) -> grants.computeIfAbsent(g.get("team").asString(), (t) -> new HashMap<>())
						.put(g.get("account").asString(), Level.valueOf(g.get("level").asString())));
				return new State(record.get("version").asLong(), keys, users, grants);
			})
			.one()
			.orElse(State.EMPTY);
	}

	/** Follows changes made through other instances. */
	@Scheduled(fixedDelayString = "${dealgraph.access.refresh:2s}",
			initialDelayString = "${dealgraph.access.refresh:2s}")
	void follow() {
		try {
			long stored = this.client
				.query("OPTIONAL MATCH (s:AccessState {id: 'access'}) RETURN coalesce(s.version, 0)")
				.fetchAs(Long.class)
				.one()
				.orElse(0L);
			if (stored != this.state.version) {
				reload();
			}
		}
		catch (RuntimeException ex) {
			// the database is away: keep judging with what is known, and try again
			logger.debug("Access directory not refreshed: " + ex.getMessage());
		}
	}

}
