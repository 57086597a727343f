package dev.dealgraph.assessment;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import dev.dealgraph.deal.DealFacts;
import dev.dealgraph.paths.ReadModel;
import dev.dealgraph.paths.ReadView;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Judges deals against the freshest state and remembers each judgement for as long as
 * that state is current: a state never changes, so neither does a judgement made from it,
 * and the pipeline of a thousand deals is judged once per change, not per request.
 */
@Component
class Judgements {

	private final ReadModel model;

	private final AssessmentSettings settings;

	private volatile @Nullable Memo memo;

	Judgements(ReadModel model, AssessmentSettings settings) {
		this.model = model;
		this.settings = settings;
	}

	private record Memo(ReadView view, Map<String, Judged> judged) {
	}

	/** The freshest state, with the memo of its judgements. */
	ReadView view() {
		return memo().view();
	}

	Judged judge(ReadView view, DealFacts facts) {
		Memo memo = memo();
		Map<String, Judged> judged = (memo.view() == view) ? memo.judged() : new ConcurrentHashMap<>();
		return judged.computeIfAbsent(facts.dealId(), (id) -> {
			DealCase deal = DealCases.of(view, facts, this.settings);
			return new Judged(facts, deal, RedFlags.of(deal, this.settings), WinProbability.of(deal, this.settings));
		});
	}

	private Memo memo() {
		ReadView view = this.model.view();
		Memo memo = this.memo;
		if (memo == null || memo.view() != view) {
			memo = new Memo(view, new ConcurrentHashMap<>());
			this.memo = memo;
		}
		return memo;
	}

}
