package dev.dealgraph.person;

import java.util.List;

import dev.dealgraph.system.Checks;
import dev.dealgraph.system.GraphWrites;
import dev.dealgraph.system.Ids;
import dev.dealgraph.system.InvalidInputException;
import dev.dealgraph.system.NodeLabel;
import dev.dealgraph.system.Nodes;
import dev.dealgraph.system.NotFoundException;
import dev.dealgraph.system.Page;
import dev.dealgraph.system.Upserts;
import org.jspecify.annotations.Nullable;

import org.springframework.data.neo4j.core.Neo4jClient;
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

	private final Nodes nodes;

	private final GraphWrites writes;

	private final Checks checks;

	private final Neo4jClient client;

	PersonController(People people, Nodes nodes, GraphWrites writes, Checks checks, Neo4jClient client) {
		this.people = people;
		this.nodes = nodes;
		this.writes = writes;
		this.checks = checks;
		this.client = client;
	}

	@GetMapping
	Page<Person> list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
			@RequestParam(required = false) @Nullable String accountId,
			@RequestParam(required = false) @Nullable String name) {
		Page.check(page, size);
		return this.people.list(page, size, accountId, name);
	}

	@GetMapping("/{id}")
	Person get(@PathVariable String id) {
		return this.people.get(Ids.require("id", id));
	}

	@PostMapping
	ResponseEntity<Person> create(@RequestBody Person person) {
		this.checks.validate(person);
		return Upserts.create(this.writes, "Person", person.id(), () -> this.people.find(person.id()).isPresent(),
				() -> save(person), person, "/api/v1/people/" + person.id());
	}

	@PutMapping("/{id}")
	ResponseEntity<Person> put(@PathVariable String id, @RequestBody Person body) {
		Person person = body.withId(Ids.fromPath(id, body.id()));
		this.checks.validate(person);
		return Upserts.put(this.writes, () -> this.people.find(id).isPresent(), () -> save(person), person);
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(@PathVariable String id) {
		Ids.require("id", id);
		this.writes.inTransaction(() -> {
			// the deals this person was on change, so their maps get a new version
			this.client.query("MATCH (:Person {id: $id})-[:IN_DEAL]->(d:Deal) SET d.version = d.version + 1")
				.bind(id)
				.to("id")
				.run();
			if (!this.nodes.delete(NodeLabel.Person, id)) {
				throw new NotFoundException("person", id);
			}
		});
	}

	private void save(Person person) {
		this.nodes.requireIndividualIdFree(NodeLabel.Colleague, person.id());
		if (person.accountId() != null && !this.nodes.exists(NodeLabel.Account, person.accountId())) {
			throw new InvalidInputException("accountId", "unknown account '" + person.accountId() + "'");
		}
		this.people.write(List.of(person));
	}

}
