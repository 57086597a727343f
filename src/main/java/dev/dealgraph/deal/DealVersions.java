package dev.dealgraph.deal;

import dev.dealgraph.system.ConflictException;
import dev.dealgraph.system.NotFoundException;
import dev.dealgraph.system.Sentences;
import org.jspecify.annotations.Nullable;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Optimistic concurrency for a deal map. Every change to a deal, its team or its
 * stakeholder facts moves the deal's {@code version}; the version is the map's ETag, and
 * a writer that sends a stale {@code If-Match} gets a 409 instead of silently
 * overwriting.
 */
@Component
public class DealVersions {

	private final Neo4jClient client;

	DealVersions(Neo4jClient client) {
		this.client = client;
	}

	/**
	 * Locks the deal for the rest of the transaction and checks the caller's version.
	 * Writing a dummy property takes the write lock first, so the version read after it
	 * is the committed one and two writers cannot both pass the check.
	 */
	long lockAndCheck(String dealId, @Nullable String ifMatch) {
		long current = this.client.query("""
				MATCH (d:Deal {id: $id})
				SET d._lock = true
				REMOVE d._lock
				RETURN d.version AS version""")
			.bind(dealId)
			.to("id")
			.fetchAs(Long.class)
			.one()
			.orElseThrow(() -> new NotFoundException("deal", dealId));
		if (ifMatch != null && !matches(ifMatch, current)) {
			throw new ConflictException(
					Sentences.of("problem.conflict.stale-version", dealId, etag(current), ifMatch.strip()));
		}
		return current;
	}

	public long current(String dealId) {
		return this.client.query("MATCH (d:Deal {id: $id}) RETURN d.version")
			.bind(dealId)
			.to("id")
			.fetchAs(Long.class)
			.one()
			.orElseThrow(() -> new NotFoundException("deal", dealId));
	}

	public static String etag(long version) {
		return "\"" + version + "\"";
	}

	static boolean matches(String ifMatch, long current) {
		for (String candidate : ifMatch.split(",")) {
			String tag = candidate.strip();
			if (tag.equals("*")) {
				return true;
			}
			if (tag.startsWith("W/")) {
				tag = tag.substring(2);
			}
			if (tag.equals(etag(current))) {
				return true;
			}
		}
		return false;
	}

}
