package dev.dealgraph.paths;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class PathController {

	private final PathFinder finder;

	PathController(PathFinder finder) {
		this.finder = finder;
	}

	/**
	 * The best paths from the deal team (or {@code from}) to its decision-makers (or
	 * {@code to}).
	 */
	@GetMapping("/api/v1/deals/{dealId}/paths")
	PathAnswer dealPaths(@PathVariable String dealId, @RequestParam(required = false) @Nullable Integer k,
			@RequestParam(required = false) @Nullable Integer maxHops,
			@RequestParam(required = false) @Nullable List<String> from,
			@RequestParam(required = false) @Nullable String to,
			@RequestParam(required = false) @Nullable List<String> avoid,
			@RequestParam(required = false) @Nullable String via,
			@RequestParam(defaultValue = "false") boolean includeOpponents) {
		return this.finder.forDeal(dealId,
				new PathRequest(k, maxHops, from, to, (avoid != null) ? avoid : List.of(), via, includeOpponents));
	}

	/** Company-wide warm paths to anyone, independent of a deal. */
	@GetMapping("/api/v1/people/{personId}/paths")
	PathAnswer personPaths(@PathVariable String personId, @RequestParam(required = false) @Nullable Integer k,
			@RequestParam(required = false) @Nullable Integer maxHops,
			@RequestParam(required = false) @Nullable List<String> from,
			@RequestParam(required = false) @Nullable List<String> avoid,
			@RequestParam(required = false) @Nullable String via) {
		return this.finder.forPerson(personId,
				new PathRequest(k, maxHops, from, null, (avoid != null) ? avoid : List.of(), via, false));
	}

}
