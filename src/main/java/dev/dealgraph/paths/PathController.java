package dev.dealgraph.paths;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class PathController {

	private static final List<String> DEAL_PARAMETERS = List.of("k", "maxHops", "from", "to", "via", "avoid",
			"includeOpponents", "decay");

	private static final List<String> PERSON_PARAMETERS = List.of("k", "maxHops", "from", "via", "avoid", "decay");

	/** What a deal's paths take and company-wide paths cannot. */
	private static final Map<String, String> DEAL_ONLY = Map.of("to",
			"does not apply to company-wide paths: the path already names its target", "includeOpponents",
			"does not apply to company-wide paths: without a deal nobody has an attitude, so nobody is left out as an opponent");

	private final PathFinder finder;

	PathController(PathFinder finder) {
		this.finder = finder;
	}

	@GetMapping("/api/v1/deals/{dealId}/paths")
	@Operation(summary = "The best paths from the deal team to its decision-makers",
			description = "Ranks the k best loopless paths from the deal team (or from) to each decision-maker "
					+ "(or to), scored by tie strengths and the attitude in this deal of everyone in between. "
					+ "Sentences and reasons follow Accept-Language (English, or Simplified Chinese for zh); "
					+ "ids, codes and field names do not. Unknown query parameters are refused with 400.")
	@ApiResponse(responseCode = "200", description = "the ranked paths; empty with a reason when there are none")
	@ApiResponse(responseCode = "400", description = "a parameter out of range, malformed or unknown")
	@ApiResponse(responseCode = "404", description = "unknown deal, person or colleague")
	PathAnswer dealPaths(@PathVariable String dealId,
			@Parameter(description = "paths per target, 1 to dealgraph.paths.max-k (default 5)") @RequestParam(
					required = false) @Nullable Integer k,
			@Parameter(description = "hop limit, 1 to dealgraph.paths.max-max-hops (default 4)") @RequestParam(
					required = false) @Nullable Integer maxHops,
			@Parameter(description = "team (default), all, or colleague ids") @RequestParam(
					required = false) @Nullable List<String> from,
			@Parameter(description = "a person to reach instead of the decision-makers") @RequestParam(
					required = false) @Nullable String to,
			@Parameter(description = "people no path may pass through") @RequestParam(
					required = false) @Nullable List<String> avoid,
			@Parameter(description = "a person every path must pass through") @RequestParam(
					required = false) @Nullable String via,
			@Parameter(description = "let opponents stand in between, heavily penalised") @RequestParam(
					defaultValue = "false") boolean includeOpponents,
			@Parameter(description = "score ties by their strength after age since the last contact "
					+ "(default dealgraph.decay.by-default), false for the strength as recorded") @RequestParam(
							required = false) @Nullable Boolean decay,
			HttpServletRequest request, Locale locale) {
		QueryParameters.check(request.getParameterMap().keySet(), DEAL_PARAMETERS, Map.of());
		return this.finder.forDeal(dealId, new PathRequest(k, maxHops, from, to, (avoid != null) ? avoid : List.of(),
				via, includeOpponents, decay), locale);
	}

	@GetMapping("/api/v1/people/{personId}/paths")
	@Operation(summary = "Company-wide warm paths to anyone, independent of a deal",
			description = "Ranks the k best loopless paths from every colleague (or from) to this person. There is "
					+ "no deal, so everyone in between counts as of unknown attitude: to and includeOpponents "
					+ "do not apply and are refused with 400, as is any other unknown query parameter.")
	@ApiResponse(responseCode = "200", description = "the ranked paths; empty with a reason when there are none")
	@ApiResponse(responseCode = "400",
			description = "a parameter out of range, malformed, unknown, or to / includeOpponents")
	@ApiResponse(responseCode = "404", description = "unknown person or colleague")
	PathAnswer personPaths(@PathVariable String personId,
			@Parameter(description = "paths per target, 1 to dealgraph.paths.max-k (default 5)") @RequestParam(
					required = false) @Nullable Integer k,
			@Parameter(description = "hop limit, 1 to dealgraph.paths.max-max-hops (default 4)") @RequestParam(
					required = false) @Nullable Integer maxHops,
			@Parameter(description = "all (default) or colleague ids") @RequestParam(
					required = false) @Nullable List<String> from,
			@Parameter(description = "people no path may pass through") @RequestParam(
					required = false) @Nullable List<String> avoid,
			@Parameter(description = "a person every path must pass through") @RequestParam(
					required = false) @Nullable String via,
			@Parameter(description = "score ties by their strength after age since the last contact "
					+ "(default dealgraph.decay.by-default), false for the strength as recorded") @RequestParam(
							required = false) @Nullable Boolean decay,
			HttpServletRequest request, Locale locale) {
		QueryParameters.check(request.getParameterMap().keySet(), PERSON_PARAMETERS, DEAL_ONLY);
		return this.finder.forPerson(personId,
				new PathRequest(k, maxHops, from, null, (avoid != null) ? avoid : List.of(), via, false, decay),
				locale);
	}

}
