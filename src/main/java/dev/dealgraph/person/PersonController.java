package dev.dealgraph.person;

import dev.dealgraph.system.Checks;
import dev.dealgraph.system.Ids;
import dev.dealgraph.system.MaxCodePoints;
import dev.dealgraph.system.Page;
import dev.dealgraph.system.Replies;
import dev.dealgraph.system.ValidId;
import dev.dealgraph.system.Visibility;
import dev.dealgraph.system.Visibility.Kind;
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
@RequestMapping("/api/v1/people")
class PersonController {

	private final People people;

	private final Checks checks;

	private final Visibility visibility;

	PersonController(People people, Checks checks, Visibility visibility) {
		this.people = people;
		this.checks = checks;
		this.visibility = visibility;
	}

	@GetMapping
	Page<Person> list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
			@RequestParam(required = false) @Nullable @ValidId String accountId,
			@RequestParam(required = false) @Nullable @MaxCodePoints(200) String name) {
		Page.check(page, size);
		return this.people.list(page, size, accountId, name);
	}

	@GetMapping("/{id}")
	Person get(@PathVariable @ValidId String id) {
		this.visibility.requireRead(Kind.PERSON, id);
		return this.people.get(id);
	}

	@PostMapping
	ResponseEntity<Person> create(@Valid @RequestBody Person person) {
		Visibility.requirePlacing("accountId", person.accountId());
		this.people.create(person);
		return Replies.created("/api/v1/people", person.id(), person);
	}

	@PutMapping("/{id}")
	ResponseEntity<Person> put(@PathVariable @ValidId String id, @RequestBody Person body) {
		Person person = this.checks.validated(body.withId(Ids.fromPath(id, body.id())));
		this.visibility.requireEditIfExists(Kind.PERSON, id);
		Visibility.requirePlacing("accountId", person.accountId());
		return Replies.written(this.people.put(person), person);
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(@PathVariable @ValidId String id) {
		this.visibility.requireEdit(Kind.PERSON, id);
		this.people.delete(id);
	}

}
