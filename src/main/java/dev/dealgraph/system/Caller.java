package dev.dealgraph.system;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Who is asking: a user known by an API key or a company token, with what their teams are
 * granted. Every feature judges what it reads and writes through {@link #scope()}.
 *
 * @param userId the user, or the token's subject
 * @param admin whether they manage users, teams, grants and keys and see everything
 * @param teams the teams they belong to
 * @param grants per account id, the highest level any of their teams holds
 * @param colleagueId the colleague they are, when linked: they also see the deals that
 * colleague is on
 * @param keyId the API key they came with, null for a token or the application itself
 */
public record Caller(String userId, boolean admin, Set<String> teams, Map<String, Level> grants,
		@Nullable String colleagueId, @Nullable String keyId) {

	/** The application itself: loading the demo, migrations, background work. */
	public static final Caller SYSTEM = new Caller("system", true, Set.of(), Map.of(), null, null);

	public Caller {
		teams = Set.copyOf(teams);
		grants = Map.copyOf(grants);
	}

	public Scope scope() {
		if (this.admin) {
			return Scope.ALL;
		}
		Set<String> read = new HashSet<>();
		Set<String> edit = new HashSet<>();
		Set<String> administer = new HashSet<>();
		this.grants.forEach((account, level) -> {
			read.add(account);
			if (level.includes(Level.EDIT)) {
				edit.add(account);
			}
			if (level.includes(Level.ADMIN)) {
				administer.add(account);
			}
		});
		return new Scope(false, read, edit, administer, this.colleagueId);
	}

}
