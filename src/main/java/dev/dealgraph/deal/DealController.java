package dev.dealgraph.deal;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import dev.dealgraph.system.Checks;
import dev.dealgraph.system.ConflictException;
import dev.dealgraph.system.FieldProblem;
import dev.dealgraph.system.GraphWrites;
import dev.dealgraph.system.Ids;
import dev.dealgraph.system.InvalidInputException;
import dev.dealgraph.system.NodeLabel;
import dev.dealgraph.system.Nodes;
import dev.dealgraph.system.NotFoundException;
import dev.dealgraph.system.Page;
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

	private final Nodes nodes;

	private final GraphWrites writes;

	private final Checks checks;

	DealController(Deals deals, DealVersions versions, Nodes nodes, GraphWrites writes, Checks checks) {
		this.deals = deals;
		this.versions = versions;
		this.nodes = nodes;
		this.writes = writes;
		this.checks = checks;
	}

	@GetMapping
	Page<Deal> list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
			@RequestParam(required = false) @Nullable String accountId,
			@RequestParam(required = false) @Nullable Stage stage,
			@RequestParam(required = false) @Nullable DealStatus status) {
		Page.check(page, size);
		return this.deals.list(page, size, accountId, stage, status);
	}

	@GetMapping("/{id}")
	ResponseEntity<Deal> get(@PathVariable String id) {
		Ids.require("id", id);
		Deal deal = this.deals.get(id);
		return ResponseEntity.ok().eTag(DealVersions.etag(this.versions.current(id))).body(deal);
	}

	@PostMapping
	ResponseEntity<Deal> create(@RequestBody Deal deal) {
		this.checks.validate(deal);
		long version = this.writes.inTransaction(() -> {
			if (this.deals.find(deal.id()).isPresent()) {
				throw new ConflictException("Deal '" + deal.id() + "' already exists; PUT replaces it");
			}
			return save(deal);
		});
		return ResponseEntity.created(URI.create("/api/v1/deals/" + deal.id()))
			.eTag(DealVersions.etag(version))
			.body(deal);
	}

	@PutMapping("/{id}")
	ResponseEntity<Deal> put(@PathVariable String id, @RequestBody Deal body,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		Deal deal = body.withId(Ids.fromPath(id, body.id()));
		this.checks.validate(deal);
		boolean[] created = new boolean[1];
		long version = this.writes.inTransaction(() -> {
			created[0] = this.deals.find(id).isEmpty();
			if (!created[0]) {
				this.versions.lockAndCheck(id, ifMatch);
			}
			return save(deal);
		});
		return ResponseEntity.status(created[0] ? HttpStatus.CREATED : HttpStatus.OK)
			.eTag(DealVersions.etag(version))
			.body(deal);
	}

	@DeleteMapping("/{id}")
	ResponseEntity<Void> delete(@PathVariable String id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		Ids.require("id", id);
		this.writes.inTransaction(() -> {
			this.versions.lockAndCheck(id, ifMatch);
			if (!this.nodes.delete(NodeLabel.Deal, id)) {
				throw new NotFoundException("deal", id);
			}
		});
		return ResponseEntity.noContent().build();
	}

	private long save(Deal deal) {
		List<FieldProblem> problems = new ArrayList<>();
		if (!this.nodes.exists(NodeLabel.Account, deal.accountId())) {
			problems.add(new FieldProblem("accountId", "unknown account '" + deal.accountId() + "'"));
		}
		var known = this.nodes.existing(NodeLabel.Colleague,
				deal.team().stream().map(TeamMember::colleagueId).toList());
		for (int i = 0; i < deal.team().size(); i++) {
			String colleagueId = deal.team().get(i).colleagueId();
			if (!known.contains(colleagueId)) {
				problems
					.add(new FieldProblem("team[" + i + "].colleagueId", "unknown colleague '" + colleagueId + "'"));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		this.deals.write(List.of(deal));
		return this.versions.current(deal.id());
	}

}
