package dev.dealgraph.access;

import java.util.List;

import dev.dealgraph.access.AccessModel.Grant;
import dev.dealgraph.access.AccessModel.GrantForm;
import dev.dealgraph.access.AccessModel.IssuedKey;
import dev.dealgraph.access.AccessModel.Key;
import dev.dealgraph.access.AccessModel.KeyForm;
import dev.dealgraph.access.AccessModel.Me;
import dev.dealgraph.access.AccessModel.Team;
import dev.dealgraph.access.AccessModel.TeamForm;
import dev.dealgraph.access.AccessModel.User;
import dev.dealgraph.access.AccessModel.UserForm;
import dev.dealgraph.system.Caller;
import dev.dealgraph.system.Callers;
import dev.dealgraph.system.Checks;
import dev.dealgraph.system.Replies;
import dev.dealgraph.system.ValidId;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Users, teams, grants and keys, for admins only (the filter chain sees to that). */
@RestController
class AdminController {

	private final AccessAdmin admin;

	private final Checks checks;

	AdminController(AccessAdmin admin, Checks checks) {
		this.admin = admin;
		this.checks = checks;
	}

	@GetMapping("/api/v1/me")
	@Operation(summary = "Who the caller is: their teams and the level they hold on each account")
	Me me() {
		Caller caller = Callers.current();
		return new Me(caller.userId(), caller.admin(), caller.teams().stream().sorted().toList(),
				new java.util.TreeMap<>(caller.grants()), caller.colleagueId(), caller.keyId());
	}

	@GetMapping("/api/v1/admin/users")
	List<User> users() {
		return this.admin.users();
	}

	@GetMapping("/api/v1/admin/users/{id}")
	User user(@PathVariable @ValidId String id) {
		return this.admin.user(id);
	}

	@PutMapping("/api/v1/admin/users/{id}")
	ResponseEntity<User> putUser(@PathVariable @ValidId String id, @RequestBody UserForm form) {
		this.checks.validate(form);
		boolean created = this.admin.putUser(id, form.name(), Boolean.TRUE.equals(form.admin()), form.colleagueId());
		return Replies.written(created, this.admin.user(id));
	}

	@DeleteMapping("/api/v1/admin/users/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void deleteUser(@PathVariable @ValidId String id) {
		this.admin.deleteUser(id);
	}

	@PostMapping("/api/v1/admin/users/{id}/keys")
	@Operation(summary = "A new API key for the user; its secret is in this answer only")
	ResponseEntity<IssuedKey> issueKey(@PathVariable @ValidId String id, @Valid @RequestBody KeyForm form) {
		IssuedKey key = this.admin.issueKey(id, form.name());
		return Replies.created("/api/v1/admin/keys", key.id(), key);
	}

	@GetMapping("/api/v1/admin/keys")
	List<Key> keys(@RequestParam(required = false) @Nullable @ValidId String userId) {
		return this.admin.keys(userId);
	}

	@DeleteMapping("/api/v1/admin/keys/{id}")
	@Operation(summary = "Revokes the key: the next request with it answers 401")
	Key revokeKey(@PathVariable @ValidId String id) {
		return this.admin.revokeKey(id);
	}

	@GetMapping("/api/v1/admin/teams")
	List<Team> teams() {
		return this.admin.teams();
	}

	@GetMapping("/api/v1/admin/teams/{id}")
	Team team(@PathVariable @ValidId String id) {
		return this.admin.team(id);
	}

	@PutMapping("/api/v1/admin/teams/{id}")
	ResponseEntity<Team> putTeam(@PathVariable @ValidId String id, @RequestBody TeamForm form) {
		this.checks.validate(form);
		return Replies.written(this.admin.putTeam(id, form.name()), this.admin.team(id));
	}

	@DeleteMapping("/api/v1/admin/teams/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void deleteTeam(@PathVariable @ValidId String id) {
		this.admin.deleteTeam(id);
	}

	@PutMapping("/api/v1/admin/teams/{teamId}/members/{userId}")
	ResponseEntity<Team> join(@PathVariable @ValidId String teamId, @PathVariable @ValidId String userId) {
		return Replies.written(this.admin.join(teamId, userId), this.admin.team(teamId));
	}

	@DeleteMapping("/api/v1/admin/teams/{teamId}/members/{userId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void leave(@PathVariable @ValidId String teamId, @PathVariable @ValidId String userId) {
		this.admin.leave(teamId, userId);
	}

	@PutMapping("/api/v1/admin/teams/{teamId}/grants/{accountId}")
	@Operation(summary = "Grants the team READ, EDIT or ADMIN on the account and everything at it")
	ResponseEntity<Grant> grant(@PathVariable @ValidId String teamId, @PathVariable @ValidId String accountId,
			@RequestBody GrantForm form) {
		this.checks.validate(form);
		return Replies.written(this.admin.grant(teamId, accountId, form.level()),
				new Grant(teamId, accountId, form.level()));
	}

	@DeleteMapping("/api/v1/admin/teams/{teamId}/grants/{accountId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void revokeGrant(@PathVariable @ValidId String teamId, @PathVariable @ValidId String accountId) {
		this.admin.revokeGrant(teamId, accountId);
	}

}
