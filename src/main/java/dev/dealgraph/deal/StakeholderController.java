package dev.dealgraph.deal;

import java.util.List;

import dev.dealgraph.system.Checks;
import dev.dealgraph.system.InvalidInputException;
import dev.dealgraph.system.NotFoundException;
import dev.dealgraph.system.Sentences;
import dev.dealgraph.system.ValidId;
import dev.dealgraph.system.Visibility;
import dev.dealgraph.system.Visibility.Kind;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The deal-scoped facts about each person. Every change moves the deal's version, which
 * comes back as the ETag; a stale If-Match is refused with 409.
 */
@RestController
@RequestMapping("/api/v1/deals/{dealId}/stakeholders")
class StakeholderController {

	private final Stakeholders stakeholders;

	private final DealVersions versions;

	private final Checks checks;

	private final Visibility visibility;

	StakeholderController(Stakeholders stakeholders, DealVersions versions, Checks checks, Visibility visibility) {
		this.stakeholders = stakeholders;
		this.versions = versions;
		this.checks = checks;
		this.visibility = visibility;
	}

	@GetMapping
	ResponseEntity<List<Stakeholder>> list(@PathVariable @ValidId String dealId) {
		this.visibility.requireRead(Kind.DEAL, dealId);
		long version = this.versions.current(dealId);
		return ResponseEntity.ok().eTag(DealVersions.etag(version)).body(this.stakeholders.ofDeals(List.of(dealId)));
	}

	@GetMapping("/{personId}")
	ResponseEntity<Stakeholder> get(@PathVariable @ValidId String dealId, @PathVariable @ValidId String personId) {
		this.visibility.requireRead(Kind.DEAL, dealId);
		long version = this.versions.current(dealId);
		Stakeholder stakeholder = this.stakeholders.find(dealId, personId)
			.orElseThrow(() -> new NotFoundException(Sentences.of("problem.not-found.stakeholder", personId, dealId)));
		return ResponseEntity.ok().eTag(DealVersions.etag(version)).body(stakeholder);
	}

	@PutMapping("/{personId}")
	ResponseEntity<Stakeholder> put(@PathVariable @ValidId String dealId, @PathVariable @ValidId String personId,
			@RequestBody Stakeholder body,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		if (body.dealId() != null && !body.dealId().equals(dealId)) {
			throw new InvalidInputException("dealId",
					Sentences.of("problem.field.path-mismatch", body.dealId(), dealId));
		}
		if (body.personId() != null && !body.personId().equals(personId)) {
			throw new InvalidInputException("personId",
					Sentences.of("problem.field.path-mismatch", body.personId(), personId));
		}
		Stakeholder stakeholder = body.withIds(dealId, personId).withUpdatedAt(null);
		this.checks.validate(stakeholder);
		this.visibility.requireEdit(Kind.DEAL, dealId);
		Versioned<Stakeholder> written = this.stakeholders.put(stakeholder, ifMatch);
		return ResponseEntity.status(written.created() ? HttpStatus.CREATED : HttpStatus.OK)
			.eTag(DealVersions.etag(written.version()))
			.body(written.body());
	}

	@DeleteMapping("/{personId}")
	ResponseEntity<Void> delete(@PathVariable @ValidId String dealId, @PathVariable @ValidId String personId,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		this.visibility.requireEdit(Kind.DEAL, dealId);
		long version = this.stakeholders.delete(dealId, personId, ifMatch);
		return ResponseEntity.noContent().eTag(DealVersions.etag(version)).build();
	}

}
