package dev.dealgraph.deal;

import java.util.List;

import dev.dealgraph.system.Checks;
import dev.dealgraph.system.Ids;
import dev.dealgraph.system.InvalidInputException;
import dev.dealgraph.system.NotFoundException;
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

	StakeholderController(Stakeholders stakeholders, DealVersions versions, Checks checks) {
		this.stakeholders = stakeholders;
		this.versions = versions;
		this.checks = checks;
	}

	@GetMapping
	ResponseEntity<List<Stakeholder>> list(@PathVariable String dealId) {
		long version = this.versions.current(Ids.require("dealId", dealId));
		return ResponseEntity.ok().eTag(DealVersions.etag(version)).body(this.stakeholders.ofDeals(List.of(dealId)));
	}

	@GetMapping("/{personId}")
	ResponseEntity<Stakeholder> get(@PathVariable String dealId, @PathVariable String personId) {
		long version = this.versions.current(Ids.require("dealId", dealId));
		Stakeholder stakeholder = this.stakeholders.find(dealId, Ids.require("personId", personId))
			.orElseThrow(() -> new NotFoundException("stakeholder", personId + " in deal " + dealId));
		return ResponseEntity.ok().eTag(DealVersions.etag(version)).body(stakeholder);
	}

	@PutMapping("/{personId}")
	ResponseEntity<Stakeholder> put(@PathVariable String dealId, @PathVariable String personId,
			@RequestBody Stakeholder body,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		Ids.require("dealId", dealId);
		Ids.require("personId", personId);
		if (body.dealId() != null && !body.dealId().equals(dealId)) {
			throw new InvalidInputException("dealId", "is '" + body.dealId() + "' but the path names '" + dealId + "'");
		}
		if (body.personId() != null && !body.personId().equals(personId)) {
			throw new InvalidInputException("personId",
					"is '" + body.personId() + "' but the path names '" + personId + "'");
		}
		Stakeholder stakeholder = body.withIds(dealId, personId).withUpdatedAt(null);
		this.checks.validate(stakeholder);
		Versioned<Stakeholder> written = this.stakeholders.put(stakeholder, ifMatch);
		return ResponseEntity.status(written.created() ? HttpStatus.CREATED : HttpStatus.OK)
			.eTag(DealVersions.etag(written.version()))
			.body(written.body());
	}

	@DeleteMapping("/{personId}")
	ResponseEntity<Void> delete(@PathVariable String dealId, @PathVariable String personId,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		long version = this.stakeholders.delete(Ids.require("dealId", dealId), Ids.require("personId", personId),
				ifMatch);
		return ResponseEntity.noContent().eTag(DealVersions.etag(version)).build();
	}

}
