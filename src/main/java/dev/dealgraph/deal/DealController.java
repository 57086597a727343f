package dev.dealgraph.deal;

import java.net.URI;

import dev.dealgraph.system.Checks;
import dev.dealgraph.system.Ids;
import dev.dealgraph.system.Page;
import dev.dealgraph.system.ValidId;
import dev.dealgraph.system.Visibility;
import dev.dealgraph.system.Visibility.Kind;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Deals and their team. The deal's version is its ETag; send it back as If-Match. */
@RestController
@RequestMapping("/api/v1/deals")
class DealController {

	private final Deals deals;

	private final DealVersions versions;

	private final Checks checks;

	private final Visibility visibility;

	DealController(Deals deals, DealVersions versions, Checks checks, Visibility visibility) {
		this.deals = deals;
		this.versions = versions;
		this.checks = checks;
		this.visibility = visibility;
	}

	@GetMapping
	Page<Deal> list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
			@RequestParam(required = false) @Nullable @ValidId String accountId,
			@RequestParam(required = false) @Nullable Stage stage,
			@RequestParam(required = false) @Nullable DealStatus status) {
		Page.check(page, size);
		return this.deals.list(page, size, accountId, stage, status);
	}

	@GetMapping("/{id}")
	ResponseEntity<Deal> get(@PathVariable @ValidId String id) {
		this.visibility.requireRead(Kind.DEAL, id);
		Deal deal = this.deals.get(id);
		return ResponseEntity.ok().eTag(DealVersions.etag(this.versions.current(id))).body(deal);
	}

	@PostMapping
	ResponseEntity<Deal> create(@Valid @RequestBody Deal deal) {
		Visibility.requirePlacing("accountId", deal.accountId());
		Versioned<Deal> created = this.deals.create(deal);
		return ResponseEntity.created(URI.create("/api/v1/deals/" + deal.id()))
			.eTag(DealVersions.etag(created.version()))
			.body(deal);
	}

	@PutMapping("/{id}")
	ResponseEntity<Deal> put(@PathVariable @ValidId String id, @RequestBody Deal body,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		Deal deal = body.withId(Ids.fromPath(id, body.id()));
		this.checks.validate(deal);
		this.visibility.requireEditIfExists(Kind.DEAL, id);
		Visibility.requirePlacing("accountId", deal.accountId());
		Versioned<Deal> written = this.deals.put(deal, ifMatch);
		return ResponseEntity.status(written.created() ? HttpStatus.CREATED : HttpStatus.OK)
			.eTag(DealVersions.etag(written.version()))
			.body(deal);
	}

	@DeleteMapping("/{id}")
	ResponseEntity<Void> delete(@PathVariable @ValidId String id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		this.visibility.requireEdit(Kind.DEAL, id);
		this.deals.delete(id, ifMatch);
		return ResponseEntity.noContent().build();
	}

}
