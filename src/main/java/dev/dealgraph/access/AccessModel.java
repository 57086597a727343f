package dev.dealgraph.access;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import dev.dealgraph.system.Level;
import dev.dealgraph.system.MaxCodePoints;
import dev.dealgraph.system.ValidId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/** The payloads of the admin API. */
final class AccessModel {

	private AccessModel() {
	}

	/**
	 * A person or service that calls dealgraph.
	 *
	 * @param admin manages users, teams, grants and keys and sees every account
	 * @param colleagueId the colleague this user is, if any: they also see the deals that
	 * colleague is on
	 */
	record UserForm(@NotBlank @MaxCodePoints(200) String name, @Nullable Boolean admin,
			@Nullable @ValidId String colleagueId) {
	}

	record User(String id, String name, boolean admin, @Nullable String colleagueId, List<String> teams) {
	}

	record TeamForm(@NotBlank @MaxCodePoints(200) String name) {
	}

	/** A team with its members and the level it holds on each account. */
	record Team(String id, String name, List<String> members, Map<String, Level> grants) {
	}

	record GrantForm(@NotNull Level level) {
	}

	record Grant(String teamId, String accountId, Level level) {
	}

	record KeyForm(@NotBlank @MaxCodePoints(200) String name) {
	}

	/** A key as listed: never its secret. */
	record Key(String id, String name, String userId, OffsetDateTime createdAt, @Nullable OffsetDateTime lastUsedAt,
			@Nullable OffsetDateTime revokedAt) {
	}

	/** A key just created: the only answer that holds its secret. */
	record IssuedKey(String id, String name, String userId, OffsetDateTime createdAt, String secret) {
	}

	/** Who the caller is, as the directory judges them. */
	record Me(String userId, boolean admin, List<String> teams, Map<String, Level> grants, @Nullable String colleagueId,
			@Nullable String keyId) {
	}

}
