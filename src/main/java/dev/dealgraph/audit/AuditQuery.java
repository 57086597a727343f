package dev.dealgraph.audit;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * Which entries to list; every filter is optional.
 *
 * @param objectId entries about this object or naming it
 * @param userId entries written by this user
 * @param from entries recorded at or after this instant
 * @param to entries recorded before this instant
 * @param operation entries of this operation
 */
public record AuditQuery(@Nullable String objectId, @Nullable String userId, @Nullable Instant from,
		@Nullable Instant to, @Nullable String operation) {

	/** Every entry naming this id. */
	public static AuditQuery naming(String id) {
		return new AuditQuery(id, null, null, null, null);
	}

}
