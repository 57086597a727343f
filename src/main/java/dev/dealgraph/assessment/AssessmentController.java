package dev.dealgraph.assessment;

import dev.dealgraph.deal.Stage;
import dev.dealgraph.system.Page;
import dev.dealgraph.system.ValidId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Deal, account and pipeline assessments; every sentence follows Accept-Language. */
@RestController
class AssessmentController {

	private static final String DECAY = "true to score ties at the strength they have left after age since the last "
			+ "contact (default dealgraph.decay.by-default), false for the strength as recorded";

	private final DealAssessor deals;

	private final AccountAssessor accounts;

	private final Pipeline pipeline;

	AssessmentController(DealAssessor deals, AccountAssessor accounts, Pipeline pipeline) {
		this.deals = deals;
		this.accounts = accounts;
		this.pipeline = pipeline;
	}

	@GetMapping("/api/v1/deals/{dealId}/assessment")
	@Operation(summary = "The deal judged as a seasoned key-account manager would",
			description = "Coverage of the deciding roles, red flags, power map, hidden influencers, win probability "
					+ "with every factor, and ranked next actions phrased for each person's temperament. Sentences "
					+ "follow Accept-Language (English, or Simplified Chinese for zh); codes and ids do not.")
	@ApiResponse(responseCode = "200", description = "the assessment; a deal with no stakeholders has flags saying so")
	@ApiResponse(responseCode = "404", description = "unknown deal")
	DealAssessment deal(@PathVariable String dealId,
			@Parameter(description = DECAY) @RequestParam(required = false) @Nullable Boolean decay) {
		return this.deals.assess(dealId, decay, LocaleContextHolder.getLocale());
	}

	@GetMapping("/api/v1/accounts/{accountId}/assessment")
	@Operation(summary = "The account judged: relationship health, lifecycle risk signals, weighted open deals")
	@ApiResponse(responseCode = "200", description = "the assessment")
	@ApiResponse(responseCode = "404", description = "unknown account")
	AccountAssessment account(@PathVariable String accountId,
			@Parameter(description = DECAY) @RequestParam(required = false) @Nullable Boolean decay) {
		return this.accounts.assess(accountId, decay, LocaleContextHolder.getLocale());
	}

	@GetMapping("/api/v1/pipeline")
	@Operation(summary = "Every open deal with stage, value, probability, weighted value and its worst red flag")
	@ApiResponse(responseCode = "200", description = "one page of open deals")
	@ApiResponse(responseCode = "400", description = "a parameter out of range or malformed")
	Page<PipelineRow> pipeline(
			@Parameter(description = "only this account's deals") @RequestParam(
					required = false) @Nullable @ValidId String accountId,
			@Parameter(description = "only deals at this stage") @RequestParam(required = false) @Nullable Stage stage,
			@Parameter(
					description = "risk (default: most at risk first) or weightedValue (largest first)") @RequestParam(
							defaultValue = "risk") String sort,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size,
			@Parameter(description = DECAY) @RequestParam(required = false) @Nullable Boolean decay) {
		return this.pipeline.list(accountId, stage, sort, page, size, decay, LocaleContextHolder.getLocale());
	}

}
