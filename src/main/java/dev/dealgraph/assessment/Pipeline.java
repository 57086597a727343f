package dev.dealgraph.assessment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import dev.dealgraph.deal.DealFacts;
import dev.dealgraph.deal.DealStatus;
import dev.dealgraph.deal.Stage;
import dev.dealgraph.paths.ReadView;
import dev.dealgraph.system.InvalidInputException;
import dev.dealgraph.system.Page;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;

/**
 * Every open deal across accounts with its probability, weighted value and most severe
 * red flag, filtered, sorted and paged.
 */
@Service
class Pipeline {

	/**
	 * Most at risk first: the most severe flag, then more high flags, then more at stake.
	 */
	static final Comparator<Judged> RISK = Comparator
		.comparingInt((Judged j) -> j.findings().isEmpty() ? Severity.values().length
				: j.findings().get(0).severity().ordinal())
		.thenComparing(Comparator.comparingInt(Judged::highFlags).reversed())
		.thenComparing(Comparator.comparingDouble(Judged::weightedValue).reversed())
		.thenComparing((j) -> j.facts().dealId());

	static final Comparator<Judged> WEIGHTED_VALUE = Comparator.comparingDouble(Judged::weightedValue)
		.reversed()
		.thenComparing((j) -> j.facts().dealId());

	private final Judgements judgements;

	private final AssessmentMessages messages;

	Pipeline(Judgements judgements, AssessmentMessages messages) {
		this.judgements = judgements;
		this.messages = messages;
	}

	Page<PipelineRow> list(@Nullable String accountId, @Nullable Stage stage, String sort, int page, int size,
			@Nullable Boolean decay, Locale locale) {
		Page.check(page, size);
		Comparator<Judged> order = switch (sort) {
			case "risk" -> RISK;
			case "weightedValue" -> WEIGHTED_VALUE;
			default -> throw new InvalidInputException("sort", "must be risk or weightedValue");
		};
		ReadView view = this.judgements.view();
		boolean aged = view.decays(decay);
		List<DealFacts> listed = view.deals()
			.stream()
			.filter((facts) -> facts.summary().status() == DealStatus.OPEN
					&& (accountId == null || accountId.equals(facts.summary().accountId()))
					&& (stage == null || stage == facts.summary().stage()))
			.toList();
		// the contacts on every listed deal in one round trip; the rest reads only the
		// immutable state, so deals are judged side by side
		this.judgements.readContacts(view, listed);
		List<Judged> open = new ArrayList<>(
				listed.parallelStream().map((facts) -> this.judgements.judgeForList(view, facts, aged)).toList());
		open.sort(order);
		Words words = this.messages.words(locale);
		List<PipelineRow> rows = new ArrayList<>();
		long from = (long) page * size;
		for (int i = (int) Math.min(from, open.size()); i < Math.min(from + size, open.size()); i++) {
			rows.add(row(open.get(i), view, words));
		}
		return Page.of(rows, page, size, open.size());
	}

	static PipelineRow row(Judged judged, ReadView view, Words words) {
		DealFacts.Summary summary = judged.facts().summary();
		List<DealAssessment.RedFlag> top = judged.findings().isEmpty() ? List.of()
				: DealAssessor.flags(judged.findings().subList(0, 1), judged.deal(), view, words);
		return new PipelineRow(judged.facts().dealId(), summary.name(), summary.accountId(), summary.stage(),
				summary.value(), summary.currency(), Math.round(judged.probability().value() * 1000) / 1000.0,
				Math.round(judged.weightedValue()), judged.findings().size(), top.isEmpty() ? null : top.get(0));
	}

}
