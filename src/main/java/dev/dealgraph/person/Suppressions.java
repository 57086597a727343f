package dev.dealgraph.person;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import dev.dealgraph.system.Batch;
import dev.dealgraph.system.FieldProblem;
import dev.dealgraph.system.Page;
import dev.dealgraph.system.Sentences;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;

/**
 * People erased on request, kept only as salted hashes ({@code :Suppression}) so that the
 * same person cannot be stored again, by id or by name at the same account, until an
 * admin lifts it. The salt is {@code dealgraph.privacy.salt} or, when that is not set, is
 * generated once and kept in the database. No id or name is stored.
 */
@Service
public class Suppressions {

	private final Neo4jClient client;

	private final String configuredSalt;

	Suppressions(Neo4jClient client, @Value("${dealgraph.privacy.salt:}") String configuredSalt) {
		this.client = client;
		this.configuredSalt = configuredSalt;
	}

	/**
	 * One suppression, as admins see it.
	 *
	 * @param idHash the salted hash of the erased person's id
	 * @param nameHash the salted hash of their normalised name and account
	 * @param createdAt when they were erased
	 */
	public record Suppressed(String idHash, String nameHash, OffsetDateTime createdAt) {
	}

	/** Suppresses the person; call inside the erasing transaction. */
	public void suppress(String id, String name, @Nullable String accountId) {
		String salt = salt(true);
		this.client.query("""
				MERGE (s:Suppression {idHash: $idHash})
				ON CREATE SET s.createdAt = datetime()
				SET s.nameHash = $nameHash""")
			.bindAll(Map.of("idHash", hash(salt, "id", id), "nameHash", nameHash(salt, name, accountId)))
			.run();
	}

	/** Lifts the suppression of the person with this id; false when there was none. */
	public boolean lift(String id) {
		String salt = salt(false);
		return salt != null && this.client.query("MATCH (s:Suppression {idHash: $idHash}) DELETE s RETURN count(*)")
			.bind(hash(salt, "id", id))
			.to("idHash")
			.fetchAs(Long.class)
			.one()
			.orElse(0L) > 0;
	}

	public Page<Suppressed> list(int page, int size) {
		long total = this.client.query("MATCH (s:Suppression) RETURN count(s)").fetchAs(Long.class).one().orElse(0L);
		List<Suppressed> items = List.copyOf(this.client.query("""
				MATCH (s:Suppression) RETURN s ORDER BY s.createdAt DESC, s.idHash SKIP $skip LIMIT $limit""")
			.bindAll(Map.of("skip", (long) page * size, "limit", size))
			.fetchAs(Suppressed.class)
			.mappedBy((types, record) -> new Suppressed(record.get("s").get("idHash").asString(),
					record.get("s").get("nameHash").asString(),
					record.get("s")
						.get("createdAt")
						.asZonedDateTime()
						.toOffsetDateTime()
						.withOffsetSameInstant(ZoneOffset.UTC)))
			.all());
		return Page.of(items, page, size, total);
	}

	/** The name an erased person goes by in the audit: the same for the same id. */
	public String pseudonym(String id) {
		return "erased-" + hash(salt(true), "pseudonym", id).substring(0, 16);
	}

	/**
	 * The people of a batch that were erased: by id, or, for those not stored yet, by
	 * name at the same account.
	 */
	List<FieldProblem> problems(List<Person> people, String prefix, Set<String> stored) {
		String salt = salt(false);
		List<FieldProblem> problems = new ArrayList<>();
		if (salt == null || people.isEmpty()) {
			return problems;
		}
		List<String> idHashes = people.stream().map((p) -> hash(salt, "id", p.id())).toList();
		List<String> nameHashes = people.stream().map((p) -> nameHash(salt, p.name(), p.accountId())).toList();
		List<Map<String, Object>> found = List.copyOf(this.client.query("""
				MATCH (s:Suppression) WHERE s.idHash IN $ids OR s.nameHash IN $names
				RETURN s.idHash AS id, s.nameHash AS name""")
			.bindAll(Map.of("ids", idHashes, "names", nameHashes))
			.fetch()
			.all());
		for (int i = 0; i < people.size(); i++) {
			String at = Batch.at(prefix, i);
			String idHash = idHashes.get(i);
			String nameHash = nameHashes.get(i);
			if (found.stream().anyMatch((s) -> idHash.equals(s.get("id")))) {
				problems.add(new FieldProblem(Batch.field(at, "id"),
						Sentences.of("problem.field.erased-id", people.get(i).id())));
			}
			else if (!stored.contains(people.get(i).id())
					&& found.stream().anyMatch((s) -> nameHash.equals(s.get("name")))) {
				problems.add(new FieldProblem(Batch.field(at, "name"), Sentences.of("problem.field.erased-name")));
			}
		}
		return problems;
	}

	/** The salt; when {@code create} is false and none exists yet, null. */
	private @Nullable String salt(boolean create) {
		if (!this.configuredSalt.isBlank()) {
			return this.configuredSalt;
		}
		byte[] candidate = new byte[32];
		new SecureRandom().nextBytes(candidate);
		String query = create ? """
				MERGE (s:SuppressionSalt {id: 'salt'}) ON CREATE SET s.value = $candidate RETURN s.value"""
				: "MATCH (s:SuppressionSalt {id: 'salt'}) RETURN s.value";
		return this.client.query(query)
			.bind(HexFormat.of().formatHex(candidate))
			.to("candidate")
			.fetchAs(String.class)
			.one()
			.orElse(null);
	}

	private static String nameHash(String salt, String name, @Nullable String accountId) {
		String normalised = Normalizer.normalize(name, Normalizer.Form.NFKC)
			.toLowerCase(Locale.ROOT)
			.replaceAll("\\s+", " ")
			.strip();
		return hash(salt, "name", normalised + "\u0000" + ((accountId != null) ? accountId : ""));
	}

	/** HMAC-SHA256 of {@code kind} and {@code value} under the salt, in hex. */
	private static String hash(String salt, String kind, String value) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(salt.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return HexFormat.of().formatHex(mac.doFinal((kind + "\u0000" + value).getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is missing from this JVM", ex);
		}
	}

}
