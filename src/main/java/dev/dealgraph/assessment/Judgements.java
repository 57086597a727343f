package dev.dealgraph.assessment;

import java.util.Map;
import java.util.function.Supplier;
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

	/**
	 * What one state's judgements are: with every stakeholder's reach, or the deciders'
	 * only.
	 */
	private record Memo(ReadView view, Map<String, Judged> full, Map<String, Judged> light,
			Map<String, Object> derived) {
	}

	/** The freshest state, with the memo of its judgements. */
	ReadView view() {
		return memo().view();
	}

	/**
	 * The deal judged with every stakeholder's reach, as its own assessment shows it; a
	 * pipeline's judgement of the same deal is the same in flags and probability, which
	 * read the decision-makers' reach only.
	 */
	Judged judge(ReadView view, DealFacts facts) {
		Memo memo = memo();
		Map<String, Judged> judged = (memo.view() == view) ? memo.full() : new ConcurrentHashMap<>();
		return judged.computeIfAbsent(facts.dealId(), (id) -> judged(view, facts, true));
	}

	/**
	 * The deal judged for a list: flags and probability, the decision-makers' reach only.
	 */
	Judged judgeForList(ReadView view, DealFacts facts) {
		Memo memo = memo();
		if (memo.view() == view) {
			Judged full = memo.full().get(facts.dealId());
			if (full != null) {
				return full;
			}
		}
		Map<String, Judged> judged = (memo.view() == view) ? memo.light() : new ConcurrentHashMap<>();
		return judged.computeIfAbsent(facts.dealId(), (id) -> judged(view, facts, false));
	}

	/**
	 * Anything else worked out from one state (an account's influence ranking, a deal's
	 * moves, a route's sentence), remembered under {@code key} while that state is
	 * current.
	 */
	@SuppressWarnings("unchecked")
	<T> T remembered(ReadView view, String key, Supplier<T> compute) {
		Memo memo = memo();
		if (memo.view() != view) {
			return compute.get();
		}
		return (T) memo.derived().computeIfAbsent(key, (k) -> compute.get());
	}

	private Judged judged(ReadView view, DealFacts facts, boolean everyone) {
		DealCase deal = DealCases.of(view, facts, this.settings, everyone);
		return new Judged(facts, deal, RedFlags.of(deal, this.settings), WinProbability.of(deal, this.settings));
	}

	private Memo memo() {
		ReadView view = this.model.view();
		Memo memo = this.memo;
		if (memo == null || memo.view() != view) {
			memo = new Memo(view, new ConcurrentHashMap<>(), new ConcurrentHashMap<>(), new ConcurrentHashMap<>());
			this.memo = memo;
		}
		return memo;
	}

}
