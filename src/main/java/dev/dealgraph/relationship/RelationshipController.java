package dev.dealgraph.relationship;

import java.util.ArrayList;
import java.util.List;

import dev.dealgraph.system.Batch;
import dev.dealgraph.system.Checks;
import dev.dealgraph.system.FieldProblem;
import dev.dealgraph.system.NotFoundException;
import dev.dealgraph.system.Page;
import dev.dealgraph.system.Replies;
import dev.dealgraph.system.Sentences;
import dev.dealgraph.system.ValidId;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Ties are addressed by type and ends: {@code /relationships/KNOWS/amy/li-wei}. */
@RestController
@RequestMapping("/api/v1/relationships")
class RelationshipController {

	private final Ties ties;

	private final Checks checks;

	RelationshipController(Ties ties, Checks checks) {
		this.ties = ties;
		this.checks = checks;
	}

	@GetMapping
	Page<Tie> list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
			@RequestParam(required = false) @Nullable String individualId,
			@RequestParam(required = false) @Nullable TieType type) {
		Page.check(page, size);
		return this.ties.list(page, size, individualId, type);
	}

	@GetMapping("/{type}/{from}/{to}")
	Tie get(@PathVariable TieType type, @PathVariable @ValidId String from, @PathVariable @ValidId String to) {
		return this.ties.find(type, from, to)
			.orElseThrow(() -> new NotFoundException(Sentences.of("problem.not-found.tie", type, from, to)));
	}

	@PutMapping("/{type}/{from}/{to}")
	ResponseEntity<Tie> put(@PathVariable TieType type, @PathVariable @ValidId String from,
			@PathVariable @ValidId String to, @RequestBody Tie body) {
		List<FieldProblem> problems = new ArrayList<>();
		mustMatch("type", body.type(), type, problems);
		mustMatch("from", body.from(), from, problems);
		mustMatch("to", body.to(), to, problems);
		Tie tie = body.withEnds(type, from, to);
		problems.addAll(this.checks.problems("", tie));
		Batch.reject(problems);
		return Replies.written(this.ties.put(tie), tie);
	}

	@DeleteMapping("/{type}/{from}/{to}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(@PathVariable TieType type, @PathVariable @ValidId String from, @PathVariable @ValidId String to) {
		this.ties.delete(type, from, to);
	}

	private static void mustMatch(String field, @Nullable Object inBody, Object inPath, List<FieldProblem> problems) {
		if (inBody != null && !inBody.equals(inPath)) {
			problems.add(new FieldProblem(field, Sentences.of("problem.field.path-mismatch", inBody, inPath)));
		}
	}

}
