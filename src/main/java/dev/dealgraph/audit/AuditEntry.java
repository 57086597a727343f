package dev.dealgraph.audit;

import java.time.OffsetDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * One recorded write, as admins read it.
 *
 * @param id unique; sorts in recording order within one write
 * @param at when it was recorded
 * @param userId who wrote: a user, or {@code system} for the application's own start-up
 * work
 * @param keyId the API key they came with, if any
 * @param operation create, update, delete, import, export or erasure
 * @param objectType account, person, colleague, deal, stakeholder, team-member, tie,
 * user, team, membership, grant or key
 * @param objectId the object's id; composite for edges ({@code dealId/personId},
 * {@code TYPE/from/to})
 * @param before the changed fields as they were, null for a creation
 * @param after the changed fields as they became, null for a deletion
 * @param subjects every person, colleague, deal and account the entry names, the object
 * included (the parts of a composite one)
 */
public record AuditEntry(String id, OffsetDateTime at, String userId, @Nullable String keyId, String operation,
		String objectType, String objectId, @Nullable JsonNode before, @Nullable JsonNode after,
		List<String> subjects) {
}
