package dev.dealgraph.account;

import dev.dealgraph.system.Callers;
import dev.dealgraph.system.Checks;
import dev.dealgraph.system.ForbiddenException;
import dev.dealgraph.system.NotFoundException;
import dev.dealgraph.system.Scope;
import dev.dealgraph.system.Sentences;
import dev.dealgraph.system.Ids;
import dev.dealgraph.system.MaxCodePoints;
import dev.dealgraph.system.Page;
import dev.dealgraph.system.Replies;
import dev.dealgraph.system.ValidId;
import dev.dealgraph.system.Visibility;
import dev.dealgraph.system.Visibility.Kind;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/accounts")
class AccountController {

	private final Accounts accounts;

	private final Checks checks;

	private final Visibility visibility;

	AccountController(Accounts accounts, Checks checks, Visibility visibility) {
		this.accounts = accounts;
		this.checks = checks;
		this.visibility = visibility;
	}

	@GetMapping
	Page<Account> list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
			@RequestParam(required = false) @Nullable @MaxCodePoints(200) String industry) {
		Page.check(page, size);
		return this.accounts.list(page, size, industry);
	}

	@GetMapping("/{id}")
	Account get(@PathVariable @ValidId String id) {
		// read first, so another team's account costs what a missing one does
		Account account = this.accounts.get(id);
		if (!Callers.scope().reads(id)) {
			throw new NotFoundException("account", id);
		}
		return account;
	}

	@PostMapping
	@Operation(summary = "Creates an account (admins only; they then grant it to teams)")
	ResponseEntity<Account> create(@Valid @RequestBody Account account) {
		Visibility.requireAdmin();
		this.accounts.create(account);
		return Replies.created("/api/v1/accounts", account.id(), account);
	}

	@PutMapping("/{id}")
	ResponseEntity<Account> put(@PathVariable @ValidId String id, @RequestBody Account body) {
		Account account = this.checks.validated(body.withId(Ids.fromPath(id, body.id())));
		if (!this.visibility.requireEditIfExists(Kind.ACCOUNT, id)) {
			Visibility.requireAdmin();
		}
		return Replies.written(this.accounts.put(account), account);
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Deletes an account nothing is attached to (needs an ADMIN grant on it)")
	void delete(@PathVariable @ValidId String id) {
		Scope scope = Callers.scope();
		if (!scope.reads(id)) {
			throw new NotFoundException("account", id);
		}
		if (!scope.administers(id)) {
			throw new ForbiddenException(Sentences.of("problem.forbidden.account-admin", id));
		}
		this.accounts.delete(id);
	}

}
