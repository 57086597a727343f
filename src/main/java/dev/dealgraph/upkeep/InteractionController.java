package dev.dealgraph.upkeep;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.dealgraph.system.Batch;
import dev.dealgraph.system.Checks;
import dev.dealgraph.system.ForbiddenException;
import dev.dealgraph.system.GraphWrites;
import dev.dealgraph.system.NotFoundException;
import dev.dealgraph.system.Page;
import dev.dealgraph.system.Replies;
import dev.dealgraph.system.Sentences;
import dev.dealgraph.system.ValidId;
import dev.dealgraph.system.Visibility;
import dev.dealgraph.system.Visibility.Kind;
import dev.dealgraph.system.Visibility.Seen;
import dev.dealgraph.upkeep.Interactions.InteractionFilter;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Contacts the account team records: {@code POST} one, list them by person, colleague,
 * account, deal and time.
 */
@RestController
@RequestMapping("/api/v1/interactions")
class InteractionController {

	private final Interactions interactions;

	private final Checks checks;

	private final GraphWrites writes;

	private final Visibility visibility;

	InteractionController(Interactions interactions, Checks checks, GraphWrites writes, Visibility visibility) {
		this.interactions = interactions;
		this.visibility = visibility;
		this.checks = checks;
		this.writes = writes;
	}

	@GetMapping
	Page<Interaction> list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
			@RequestParam(required = false) @Nullable @ValidId String personId,
			@RequestParam(required = false) @Nullable @ValidId String colleagueId,
			@RequestParam(required = false) @Nullable @ValidId String accountId,
			@RequestParam(required = false) @Nullable @ValidId String dealId,
			@RequestParam(required = false) @Nullable LocalDate from,
			@RequestParam(required = false) @Nullable LocalDate to) {
		Page.check(page, size);
		return this.interactions.list(page, size,
				new InteractionFilter(personId, colleagueId, accountId, dealId, from, to));
	}

	/**
	 * 201 when it is new, 200 when the same interaction was recorded under this id
	 * before; a read-only caller gets 403, nothing written on any refusal.
	 */
	@GetMapping("/{id}")
	Interaction get(@PathVariable @ValidId String id) {
		return this.interactions.readable(id).orElseThrow(() -> new NotFoundException("interaction", id));
	}

	@PostMapping
	ResponseEntity<Interaction> create(@RequestBody Interaction body) {
		Interaction interaction = this.checks.validated(body);
		int created = this.writes.inTransaction(() -> {
			// a person the caller may read but not change: forbidden, as a single write
			// is
			if (this.visibility.see(Kind.PERSON, interaction.personId()) == Seen.READ_ONLY) {
				throw new ForbiddenException(
						Sentences.of("problem.forbidden.read-only", Sentences.noun("person"), interaction.personId()));
			}
			Batch.reject(this.interactions.check(List.of(interaction), "", Map.of(), Set.of(), Map.of(), false));
			return this.interactions.write(List.of(interaction));
		});
		return (created > 0) ? Replies.created("/api/v1/interactions", interaction.id(), interaction)
				: ResponseEntity.ok(interaction);
	}

}
