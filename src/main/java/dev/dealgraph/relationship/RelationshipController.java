package dev.dealgraph.relationship;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.dealgraph.system.Batch;
import dev.dealgraph.system.Callers;
import dev.dealgraph.system.Checks;
import dev.dealgraph.system.ForbiddenException;
import dev.dealgraph.system.FieldProblem;
import dev.dealgraph.system.NotFoundException;
import dev.dealgraph.system.Page;
import dev.dealgraph.system.Replies;
import dev.dealgraph.system.Sentences;
import dev.dealgraph.system.ValidId;
import dev.dealgraph.system.Visibility;
import dev.dealgraph.system.Visibility.Kind;
import dev.dealgraph.system.Visibility.Seen;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
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

	private final Visibility visibility;

	private final TrustHistory history;

	RelationshipController(Ties ties, Checks checks, Visibility visibility, TrustHistory history) {
		this.ties = ties;
		this.history = history;
		this.checks = checks;
		this.visibility = visibility;
	}

	@GetMapping
	Page<Tie> list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
			@RequestParam(required = false) @Nullable @ValidId String individualId,
			@RequestParam(required = false) @Nullable TieType type) {
		Page.check(page, size);
		return this.ties.list(page, size, individualId, type);
	}

	@GetMapping("/{type}/{from}/{to}")
	Tie get(@PathVariable TieType type, @PathVariable @ValidId String from, @PathVariable @ValidId String to) {
		requireEnds(type, from, to, false);
		return this.ties.find(type, from, to)
			.orElseThrow(() -> new NotFoundException(Sentences.of("problem.not-found.tie", type, from, to)));
	}

	@GetMapping("/{type}/{from}/{to}/trust-history")
	@Operation(summary = "The tie's trust progression: every change of its trust level, oldest first",
			description = "One entry per step: when, who, the level before and after. The tie's creation is the "
					+ "first entry; a deleted tie's history ends with an ENDED entry and stays readable until either "
					+ "end is deleted or erased. Only KNOWS ties have trust levels; the history of another type is "
					+ "empty.")
	@ApiResponse(responseCode = "200", description = "the tie as it stands (null when it has ended) and its history")
	@ApiResponse(responseCode = "404", description = "no such tie and no history, or an end the caller may not read")
	TrustProgression trustHistory(@PathVariable TieType type, @PathVariable @ValidId String from,
			@PathVariable @ValidId String to) {
		requireEnds(type, from, to, false);
		Tie tie = this.ties.find(type, from, to).orElse(null);
		List<TrustChange> changes = (type == TieType.KNOWS) ? this.history.of(from, to) : List.of();
		if (tie == null && changes.isEmpty()) {
			throw new NotFoundException(Sentences.of("problem.not-found.tie", type, from, to));
		}
		return new TrustProgression(type, from, to, tie, changes);
	}

	/**
	 * A tie's trust progression.
	 *
	 * @param tie the tie as it stands, null when it has ended
	 * @param changes every step, oldest first
	 */
	record TrustProgression(TieType type, String from, String to, @Nullable Tie tie, List<TrustChange> changes) {
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
		// an end the caller may not read is reported as unknown by the owner's check
		if (this.visibility.seeAll(Kind.INDIVIDUAL, List.of(from, to)).containsValue(Seen.READ_ONLY)) {
			throw readOnly(type, from, to);
		}
		return Replies.written(this.ties.put(tie), tie);
	}

	@DeleteMapping("/{type}/{from}/{to}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(@PathVariable TieType type, @PathVariable @ValidId String from, @PathVariable @ValidId String to) {
		requireEnds(type, from, to, true);
		this.ties.delete(type, from, to);
	}

	/**
	 * A tie is seen with both its ends: when the caller may not read one, the tie answers
	 * like a missing one; when they may read but not change one, a change is forbidden.
	 */
	private void requireEnds(TieType type, String from, String to, boolean change) {
		if (Callers.scope().all()) {
			return;
		}
		Map<String, Seen> seen = this.visibility.seeAll(Kind.INDIVIDUAL, List.of(from, to));
		boolean readable = seen.getOrDefault(from, Seen.MISSING).readable()
				&& seen.getOrDefault(to, Seen.MISSING).readable();
		if (!readable) {
			throw new NotFoundException(Sentences.of("problem.not-found.tie", type, from, to));
		}
		if (change && seen.containsValue(Seen.READ_ONLY)) {
			throw readOnly(type, from, to);
		}
	}

	private static ForbiddenException readOnly(TieType type, String from, String to) {
		return new ForbiddenException(
				Sentences.of("problem.forbidden.read-only", Sentences.noun("tie"), type + " " + from + " → " + to));
	}

	private static void mustMatch(String field, @Nullable Object inBody, Object inPath, List<FieldProblem> problems) {
		if (inBody != null && !inBody.equals(inPath)) {
			problems.add(new FieldProblem(field, Sentences.of("problem.field.path-mismatch", inBody, inPath)));
		}
	}

}
