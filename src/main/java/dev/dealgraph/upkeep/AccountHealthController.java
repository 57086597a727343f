package dev.dealgraph.upkeep;

import dev.dealgraph.system.InvalidInputException;
import dev.dealgraph.system.Sentences;
import dev.dealgraph.system.ValidId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class AccountHealthController {

	private final AccountHealth health;

	AccountHealthController(AccountHealth health) {
		this.health = health;
	}

	@GetMapping("/api/v1/accounts/{accountId}/health")
	@Operation(summary = "The account's relationship health over time, one point per month end",
			description = "For each month: our ties to the account's people by the trust level they stood at then "
					+ "(from the trust history), their mean effective strength that day (decay from the last "
					+ "contact on or before it), the contacts recorded that month by outcome, and a 0-100 health "
					+ "score (40 trust, 30 warmth, 15 coverage, 15 activity). The last point is today. Only people "
					+ "the caller may read are counted; the summary follows Accept-Language.")
	@ApiResponse(responseCode = "200", description = "the series, oldest month first")
	@ApiResponse(responseCode = "400", description = "months missing its number or outside 1-36")
	@ApiResponse(responseCode = "404", description = "unknown account")
	AccountHealth.Answer health(@PathVariable @ValidId String accountId,
			@Parameter(description = "how many months, 1 to 36, the current one included") @RequestParam(
					defaultValue = "12") int months,
			HttpServletRequest request) {
		// an empty value is refused, never taken as the default
		if ("".equals(request.getParameter("months"))) {
			throw new InvalidInputException("months", Sentences.of("problem.field.required"));
		}
		return this.health.series(accountId, months, LocaleContextHolder.getLocale());
	}

}
