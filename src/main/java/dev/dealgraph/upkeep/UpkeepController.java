package dev.dealgraph.upkeep;

import dev.dealgraph.system.ValidId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class UpkeepController {

	private final Upkeep upkeep;

	UpkeepController(Upkeep upkeep) {
		this.upkeep = upkeep;
	}

	@GetMapping("/api/v1/upkeep")
	@Operation(summary = "Whom a colleague should get back to, costliest to let slip first",
			description = "Everyone the colleague knows whose contact rhythm (from their part in open deals) has "
					+ "run out or will within a week, ranked by influence × stage × how far overdue, with a touch "
					+ "phrased for their temperament and interests and follow-up counts per open deal. Only "
					+ "people the caller may read are listed; sentences follow Accept-Language.")
	@ApiResponse(responseCode = "200", description = "the upkeep list, possibly empty")
	@ApiResponse(responseCode = "400", description = "colleagueId missing or malformed")
	@ApiResponse(responseCode = "404", description = "unknown colleague")
	UpkeepAnswer upkeep(@RequestParam @ValidId String colleagueId) {
		return this.upkeep.forColleague(colleagueId, LocaleContextHolder.getLocale());
	}

}
