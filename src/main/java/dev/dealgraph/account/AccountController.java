package dev.dealgraph.account;

import dev.dealgraph.system.Checks;
import dev.dealgraph.system.Ids;
import dev.dealgraph.system.Page;
import dev.dealgraph.system.Replies;
import dev.dealgraph.system.ValidId;
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

	AccountController(Accounts accounts, Checks checks) {
		this.accounts = accounts;
		this.checks = checks;
	}

	@GetMapping
	Page<Account> list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
			@RequestParam(required = false) @Nullable String industry) {
		Page.check(page, size);
		return this.accounts.list(page, size, industry);
	}

	@GetMapping("/{id}")
	Account get(@PathVariable @ValidId String id) {
		return this.accounts.get(id);
	}

	@PostMapping
	ResponseEntity<Account> create(@Valid @RequestBody Account account) {
		this.accounts.create(account);
		return Replies.created("/api/v1/accounts", account.id(), account);
	}

	@PutMapping("/{id}")
	ResponseEntity<Account> put(@PathVariable @ValidId String id, @RequestBody Account body) {
		Account account = this.checks.validated(body.withId(Ids.fromPath(id, body.id())));
		return Replies.written(this.accounts.put(account), account);
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(@PathVariable @ValidId String id) {
		this.accounts.delete(id);
	}

}
