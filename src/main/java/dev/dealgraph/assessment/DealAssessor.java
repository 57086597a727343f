package dev.dealgraph.assessment;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import dev.dealgraph.deal.DealFacts;
import dev.dealgraph.deal.Role;
import dev.dealgraph.paths.Reach;
import dev.dealgraph.paths.ReadView;
import dev.dealgraph.paths.Route;
import dev.dealgraph.person.IndividualCard;
import dev.dealgraph.person.Temperament;
import dev.dealgraph.relationship.TieDetail;
import dev.dealgraph.system.Ids;
import dev.dealgraph.system.NotFoundException;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;

/**
 * Assesses deals from the in-memory read model: gathers a {@link DealCase}, runs the
 * rules and the scoring, and puts every part in words. No round trip to Neo4j.
 */
@Service
class DealAssessor {

	private final Judgements judgements;

	private final AssessmentSettings settings;

	private final AssessmentMessages messages;

	DealAssessor(Judgements judgements, AssessmentSettings settings, AssessmentMessages messages) {
		this.judgements = judgements;
		this.settings = settings;
		this.messages = messages;
	}

	DealAssessment assess(String dealId, @Nullable Boolean decay, Locale locale) {
		Ids.require("dealId", dealId);
		ReadView view = this.judgements.view();
		DealFacts facts = view.deal(dealId).orElseThrow(() -> new NotFoundException("deal", dealId));
		boolean aged = view.decays(decay);
		Judged judged = this.judgements.judge(view, facts, aged);
		DealCase deal = judged.deal();
		Words words = this.messages.words(locale);
		List<Finding> findings = judged.findings();
		WinProbability probability = judged.probability();
		return new DealAssessment(dealId, facts.summary().name(), facts.summary().accountId(), facts.summary().stage(),
				facts.summary().status(), facts.summary().value(), facts.summary().currency(), coverage(deal, view),
				flags(findings, deal, view, words), PowerMap.of(deal), hidden(deal, view, words),
				probability(probability, deal, view, words), actions(deal, view, words, locale, aged), deal.asOf(),
				aged, view.position());
	}

	private List<DealAssessment.RoleCoverage> coverage(DealCase deal, ReadView view) {
		List<DealAssessment.RoleCoverage> coverage = new ArrayList<>();
		for (Role role : Coverage.REPORTED) {
			List<DealAssessment.Holder> holders = new ArrayList<>();
			for (Player p : Coverage.holders(deal, role)) {
				Reach reach = deal.reach().get(p.id());
				holders.add(new DealAssessment.Holder(p.id(), p.name(), p.roles(), p.attitude(), p.influence(),
						p.mode(), p.temperament(),
						(reach != null) ? new DealAssessment.ReachSummary(Math.round(reach.score() * 1000) / 1000.0,
								reach.hops(), reach.fromId(), reach.firstHopId(), name(view, reach.firstHopId()))
								: null));
			}
			coverage.add(new DealAssessment.RoleCoverage(role, Coverage.covered(deal, role), holders));
		}
		return coverage;
	}

	static List<DealAssessment.RedFlag> flags(List<Finding> findings, DealCase deal, ReadView view, Words words) {
		List<DealAssessment.RedFlag> flags = new ArrayList<>();
		for (Finding finding : findings) {
			List<Object> arguments = new ArrayList<>();
			arguments.add(words.names(finding.people().stream().map((id) -> name(view, id)).toList()));
			finding.people().stream().limit(2).forEach((id) -> arguments.add(name(view, id)));
			while (arguments.size() < 3) {
				arguments.add("");
			}
			arguments.addAll(finding.details());
			// a flag that reads differently by the tie behind it has one template per tie
			// type
			String key = "assessment.flag." + finding.code()
					+ (finding.code().equals("OPPONENT_INFLUENCES_DECISION_MAKER") ? "." + finding.details().get(0)
							: "");
			flags.add(new DealAssessment.RedFlag(finding.code(), finding.severity(), finding.people(),
					words.text(key, arguments.toArray())));
		}
		return flags;
	}

	private static DealAssessment.Probability probability(WinProbability probability, DealCase deal, ReadView view,
			Words words) {
		List<DealAssessment.ProbabilityFactor> factors = new ArrayList<>();
		for (Factor factor : probability.factors()) {
			List<Object> arguments = new ArrayList<>();
			arguments.add(words.names(factor.people().stream().map((id) -> name(view, id)).toList()));
			arguments.add(String.format(Locale.ROOT, "%+.2f", factor.effect()));
			arguments.addAll(factor.details());
			factors.add(new DealAssessment.ProbabilityFactor(factor.code(), Math.round(factor.effect() * 1000) / 1000.0,
					factor.people(), words.text("assessment.factor." + factor.code(), arguments.toArray())));
		}
		return new DealAssessment.Probability(probability.base(), Math.round(probability.value() * 1000) / 1000.0,
				factors);
	}

	private List<HiddenInfluence.Person> hidden(DealCase deal, ReadView view, Words words) {
		String accountId = deal.summary().accountId();
		if (accountId == null) {
			return List.of();
		}
		// who sways whom does not age: one ranking serves both ways of scoring ties
		List<HiddenInfluence.Person> ranked = this.judgements.remembered(view, false, "hidden " + deal.dealId(), () -> {
			List<HiddenInfluence.Member> members = new ArrayList<>();
			Set<TieDetail> ties = new LinkedHashSet<>();
			for (IndividualCard card : view.peopleAt(accountId)) {
				members.add(new HiddenInfluence.Member(card.id(), card.name(), card.title(),
						deal.player(card.id()).map(Player::influence).orElse(null)));
				ties.addAll(view.ties(card.id()));
			}
			return HiddenInfluence.of(members, List.copyOf(ties), this.settings.hiddenRatio());
		});
		return ranked.stream()
			.map((p) -> p.explained(words.text("assessment.hidden." + p.reason(), p.name(), p.centrality(), p.rank(),
					p.of(), (p.managerId() != null) ? name(view, p.managerId()) : "", p.managerCentrality())))
			.toList();
	}

	private List<DealAssessment.Action> actions(DealCase deal, ReadView view, Words words, Locale locale,
			boolean aged) {
		List<DealAssessment.Action> actions = new ArrayList<>();
		int rank = 0;
		List<Move> moves = this.judgements.remembered(view, aged, "moves " + deal.dealId(),
				() -> NextMoves.of(deal, this.settings));
		for (Move move : moves) {
			Player p = deal.player(move.personId()).orElseThrow();
			String via = (move.viaId() != null) ? name(view, move.viaId()) : words.text("assessment.names.someone");
			String detail = switch (move.code()) {
				case "REACH_DECISION_MAKER" -> this.judgements.remembered(view, aged,
						"route " + deal.dealId() + " " + p.id() + " " + AssessmentMessages.language(locale),
						() -> view
							.bestRoute(deal.dealId(), p.id(), this.settings.maxHops(), aged,
									AssessmentMessages.language(locale))
							.map(Route::explanation)
							.orElse(""));
				case "DEVELOP_COACH" -> words.text("assessment.mode." + move.details().get(0));
				case "CATCH_UP_KEY_PLAYER" ->
					words.text("assessment.tie.overdue", move.details().get(0), move.details().get(1));
				case "RAISE_TRUST" -> words.text("assessment.trust.step." + move.details().get(0));
				case "REFRESH_TIE" -> ((long) move.details().get(0) < 0) ? words.text("assessment.tie.undated")
						: words.text("assessment.tie.days", move.details().get(0));
				default -> (move.details().isEmpty()) ? "" : String.valueOf(move.details().get(0));
			};
			Temperament temperament = p.temperament();
			actions.add(new DealAssessment.Action(++rank, move.code(), p.id(), move.viaId(), temperament,
					words.text("assessment.action." + move.code() + "." + temperament.name(), p.name(), via, detail),
					words.text("assessment.action." + move.code() + ".why", p.name(), via, detail)));
		}
		return actions;
	}

	static String name(ReadView view, String id) {
		return view.individual(id).map(IndividualCard::name).orElse(id);
	}

}
