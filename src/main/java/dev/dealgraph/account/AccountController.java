package dev.dealgraph.account;

import java.util.List;

import dev.dealgraph.system.Checks;
import dev.dealgraph.system.GraphWrites;
import dev.dealgraph.system.Ids;
import dev.dealgraph.system.Page;
import dev.dealgraph.system.Upserts;
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

	private final GraphWrites writes;

	private final Checks checks;

	AccountController(Accounts accounts, GraphWrites writes, Checks checks) {
		this.accounts = accounts;
		this.writes = writes;
		this.checks = checks;
	}

	@GetMapping
	Page<Account> list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
			@RequestParam(required = false) @Nullable String industry) {
		Page.check(page, size);
		return this.accounts.list(page, size, industry);
	}

	@GetMapping("/{id}")
	Account get(@PathVariable String id) {
		return this.accounts.get(Ids.require("id", id));
	}

	@PostMapping
	ResponseEntity<Account> create(@RequestBody Account account) {
		this.checks.validate(account);
		return Upserts.create(this.writes, "Account", account.id(), () -> this.accounts.find(account.id()).isPresent(),
				() -> this.accounts.write(List.of(account)), account, "/api/v1/accounts/" + account.id());
	}

	@PutMapping("/{id}")
	ResponseEntity<Account> put(@PathVariable String id, @RequestBody Account body) {
		Account account = body.withId(Ids.fromPath(id, body.id()));
		this.checks.validate(account);
		return Upserts.put(this.writes, () -> this.accounts.find(id).isPresent(),
				() -> this.accounts.write(List.of(account)), account);
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(@PathVariable String id) {
		this.writes.inTransaction(() -> this.accounts.delete(Ids.require("id", id)));
	}

}
