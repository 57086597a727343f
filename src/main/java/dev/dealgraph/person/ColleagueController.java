package dev.dealgraph.person;

import dev.dealgraph.system.Checks;
import dev.dealgraph.system.Ids;
import dev.dealgraph.system.Page;
import dev.dealgraph.system.Replies;
import dev.dealgraph.system.ValidId;
import dev.dealgraph.system.Visibility;
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
@RequestMapping("/api/v1/colleagues")
// our own people: every caller reads them, admins change them
class ColleagueController {

	private final Colleagues colleagues;

	private final Checks checks;

	ColleagueController(Colleagues colleagues, Checks checks) {
		this.colleagues = colleagues;
		this.checks = checks;
	}

	@GetMapping
	Page<Colleague> list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
			@RequestParam(required = false) @Nullable ColleagueFunction function) {
		Page.check(page, size);
		return this.colleagues.list(page, size, function);
	}

	@GetMapping("/{id}")
	Colleague get(@PathVariable @ValidId String id) {
		return this.colleagues.get(id);
	}

	@PostMapping
	ResponseEntity<Colleague> create(@Valid @RequestBody Colleague colleague) {
		Visibility.requireAdmin();
		this.colleagues.create(colleague);
		return Replies.created("/api/v1/colleagues", colleague.id(), colleague);
	}

	@PutMapping("/{id}")
	ResponseEntity<Colleague> put(@PathVariable @ValidId String id, @RequestBody Colleague body) {
		Visibility.requireAdmin();
		Colleague colleague = this.checks.validated(body.withId(Ids.fromPath(id, body.id())));
		return Replies.written(this.colleagues.put(colleague), colleague);
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(@PathVariable @ValidId String id) {
		Visibility.requireAdmin();
		this.colleagues.delete(id);
	}

}
