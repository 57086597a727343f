package dev.dealgraph.person;

import java.util.List;

import dev.dealgraph.system.Checks;
import dev.dealgraph.system.GraphWrites;
import dev.dealgraph.system.Ids;
import dev.dealgraph.system.NodeLabel;
import dev.dealgraph.system.Nodes;
import dev.dealgraph.system.NotFoundException;
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
@RequestMapping("/api/v1/colleagues")
class ColleagueController {

	private final Colleagues colleagues;

	private final Nodes nodes;

	private final GraphWrites writes;

	private final Checks checks;

	ColleagueController(Colleagues colleagues, Nodes nodes, GraphWrites writes, Checks checks) {
		this.colleagues = colleagues;
		this.nodes = nodes;
		this.writes = writes;
		this.checks = checks;
	}

	@GetMapping
	Page<Colleague> list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
			@RequestParam(required = false) @Nullable ColleagueFunction function) {
		Page.check(page, size);
		return this.colleagues.list(page, size, function);
	}

	@GetMapping("/{id}")
	Colleague get(@PathVariable String id) {
		return this.colleagues.get(Ids.require("id", id));
	}

	@PostMapping
	ResponseEntity<Colleague> create(@RequestBody Colleague colleague) {
		this.checks.validate(colleague);
		return Upserts.create(this.writes, "Colleague", colleague.id(),
				() -> this.colleagues.find(colleague.id()).isPresent(), () -> save(colleague), colleague,
				"/api/v1/colleagues/" + colleague.id());
	}

	@PutMapping("/{id}")
	ResponseEntity<Colleague> put(@PathVariable String id, @RequestBody Colleague body) {
		Colleague colleague = body.withId(Ids.fromPath(id, body.id()));
		this.checks.validate(colleague);
		return Upserts.put(this.writes, () -> this.colleagues.find(id).isPresent(), () -> save(colleague), colleague);
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(@PathVariable String id) {
		Ids.require("id", id);
		this.writes.inTransaction(() -> {
			if (!this.nodes.delete(NodeLabel.Colleague, id)) {
				throw new NotFoundException("colleague", id);
			}
		});
	}

	private void save(Colleague colleague) {
		this.nodes.requireIndividualIdFree(NodeLabel.Person, colleague.id());
		this.colleagues.write(List.of(colleague));
	}

}
