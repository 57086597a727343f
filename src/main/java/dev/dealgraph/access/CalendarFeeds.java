package dev.dealgraph.access;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import dev.dealgraph.audit.AuditLog;
import dev.dealgraph.system.Caller;
import dev.dealgraph.system.Callers;
import dev.dealgraph.system.ForbiddenException;
import dev.dealgraph.system.GraphWrites;
import dev.dealgraph.system.Sentences;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;

/**
 * Secret calendar-feed URLs: one per user and colleague, for calendar apps that cannot
 * send an {@code Authorization} header. Only the SHA-256 of a secret is stored, as for
 * API keys; a feed reads as the user who made it, with their grants at the time it is
 * read, and stops working when the user is deleted or the feed is revoked or rotated.
 */
@Service
public class CalendarFeeds {

	/** Where feeds are served: the secret, then {@link #SUFFIX}. */
	public static final String PATH = "/api/v1/calendar/";

	public static final String SUFFIX = ".ics";

	static final String SECRET_PREFIX = "dgc_";

	private static final String ATTRIBUTE = CalendarFeeds.class.getName() + ".subscription";

	/**
	 * A feed as listed and audited: never its secret.
	 *
	 * @param id the feed's id
	 * @param userId who made it: it shows what they may see
	 * @param colleagueId whose due contacts and occasions it holds
	 * @param language the language of its sentences, {@code en} or {@code zh-CN}
	 */
	public record Subscription(String id, String userId, String colleagueId, Locale language) {
	}

	/** A feed just made: the only answer that holds its secret. */
	public record Issued(Subscription feed, OffsetDateTime createdAt, String secret) {
	}

	private final Neo4jClient client;

	private final GraphWrites writes;

	private final AccessDirectory directory;

	private final AuditLog audit;

	CalendarFeeds(Neo4jClient client, GraphWrites writes, AccessDirectory directory, AuditLog audit) {
		this.client = client;
		this.writes = writes;
		this.directory = directory;
		this.audit = audit;
	}

	/**
	 * A new secret for the caller's feed of this colleague; the one it had before, if
	 * any, stops working. Only a stored user can hold a feed: a company token's teams are
	 * known only while the token is shown.
	 */
	public Issued issue(String colleagueId, Locale language) {
		Caller caller = Callers.current();
		if (this.directory.byUser(caller.userId()).isEmpty()) {
			throw new ForbiddenException(Sentences.of("problem.forbidden.calendar-feed-user"));
		}
		String secret = KeySecrets.generate().replace(KeySecrets.PREFIX, SECRET_PREFIX);
		String id = "feed-" + KeySecrets.newId().substring("key-".length());
		String tag = language.toLanguageTag();
		return this.writes.inTransaction(() -> {
			revokeIn(caller.userId(), colleagueId);
			OffsetDateTime created = this.client.query("""
					MATCH (u:User {id: $user})
					CREATE (f:CalendarFeed {id: $id, hash: $hash, colleagueId: $colleague, language: $language,
					                        createdAt: datetime()})-[:FEED_OF]->(u)
					RETURN f.createdAt""")
				.bindAll(Map.of("user", caller.userId(), "id", id, "hash", KeySecrets.hash(secret), "colleague",
						colleagueId, "language", tag))
				.fetchAs(OffsetDateTime.class)
				.mappedBy((types, record) -> record.get(0).asZonedDateTime().toOffsetDateTime())
				.one()
				.orElseThrow();
			// what the feed is, never its secret or hash
			this.audit.record(AuditLog.CREATE, "calendar-feed", id, null,
					Map.of("userId", caller.userId(), "colleagueId", colleagueId, "language", tag),
					List.of(colleagueId));
			return new Issued(new Subscription(id, caller.userId(), colleagueId, language),
					created.withOffsetSameInstant(ZoneOffset.UTC), secret);
		});
	}

	/** Revokes the caller's feed of this colleague; false when they had none. */
	public boolean revoke(String colleagueId) {
		String userId = Callers.current().userId();
		return this.writes.inTransaction(() -> revokeIn(userId, colleagueId));
	}

	private boolean revokeIn(String userId, String colleagueId) {
		Optional<Map<String, Object>> gone = this.client.query("""
				MATCH (f:CalendarFeed {colleagueId: $colleague})-[:FEED_OF]->(:User {id: $user})
				WITH f, f {.colleagueId, .language} AS before, f.id AS id
				DETACH DELETE f
				RETURN id, before""").bindAll(Map.of("user", userId, "colleague", colleagueId)).fetch().one();
		gone.ifPresent((row) -> {
			@SuppressWarnings("unchecked")
			Map<String, Object> before = (Map<String, Object>) row.get("before");
			this.audit.record(AuditLog.DELETE, "calendar-feed", (String) row.get("id"), before, null,
					List.of(colleagueId));
		});
		return gone.isPresent();
	}

	/**
	 * The feed this request was let in by ({@link CalendarFeedFilter}), or empty when its
	 * secret opens none.
	 */
	public static Optional<Subscription> of(HttpServletRequest request) {
		return Optional.ofNullable((Subscription) request.getAttribute(ATTRIBUTE));
	}

	static void let(HttpServletRequest request, Subscription feed) {
		request.setAttribute(ATTRIBUTE, feed);
	}

	/** The feed and its maker as they are now, when the secret opens one. */
	Optional<Opened> open(String secret) {
		if (!secret.startsWith(SECRET_PREFIX)) {
			return Optional.empty();
		}
		return this.client.query("""
				MATCH (f:CalendarFeed {hash: $hash})-[:FEED_OF]->(u:User)
				RETURN f.id AS id, u.id AS user, f.colleagueId AS colleague, f.language AS language""")
			.bind(KeySecrets.hash(secret))
			.to("hash")
			.fetchAs(Subscription.class)
			.mappedBy((types, record) -> new Subscription(record.get("id").asString(), record.get("user").asString(),
					record.get("colleague").asString(), Locale.forLanguageTag(record.get("language").asString())))
			.one()
			.flatMap((feed) -> this.directory.byUser(feed.userId()).map((caller) -> new Opened(feed, caller)));
	}

	record Opened(Subscription feed, Caller caller) {
	}

	static @Nullable String secretOf(String path) {
		if (!path.startsWith(PATH) || !path.endsWith(SUFFIX)) {
			return null;
		}
		String secret = path.substring(PATH.length(), path.length() - SUFFIX.length());
		return (secret.isEmpty() || secret.contains("/")) ? null : secret;
	}

}
