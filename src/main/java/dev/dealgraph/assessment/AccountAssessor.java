package dev.dealgraph.assessment;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import dev.dealgraph.account.Account;
import dev.dealgraph.account.Accounts;
import dev.dealgraph.account.LifecycleStage;
import dev.dealgraph.deal.DealFacts;
import dev.dealgraph.deal.DealStatus;
import dev.dealgraph.paths.ReadView;
import dev.dealgraph.person.IndividualCard;
import dev.dealgraph.person.Side;
import dev.dealgraph.relationship.TieDetail;
import dev.dealgraph.relationship.TieType;
import dev.dealgraph.relationship.TrustLevel;
import dev.dealgraph.system.Ids;
import dev.dealgraph.system.NotFoundException;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;

/**
 * Judges an account: relationship health from our colleagues' ties to its people, the
 * lifecycle stage with the high-risk signals the data can show (domain.md §8), and its
 * open deals. The account itself is read through {@link Accounts}; everything else comes
 * from the read model as the caller sees it, so nobody they may not read is counted or
 * named.
 */
@Service
class AccountAssessor {

	private final Accounts accounts;

	private final Judgements judgements;

	private final AssessmentSettings settings;

	private final AssessmentMessages messages;

	AccountAssessor(Accounts accounts, Judgements judgements, AssessmentSettings settings,
			AssessmentMessages messages) {
		this.accounts = accounts;
		this.judgements = judgements;
		this.settings = settings;
		this.messages = messages;
	}

	AccountAssessment assess(String accountId, @Nullable Boolean decay, Locale locale) {
		Ids.require("accountId", accountId);
		ReadView view = this.judgements.view();
		// an account the caller holds no grant on answers as a missing one, before the
		// database is asked whether it exists
		if (!view.readsAccount(accountId)) {
			throw new NotFoundException("account", accountId);
		}
		Account account = this.accounts.find(accountId).orElseThrow(() -> new NotFoundException("account", accountId));
		Words words = this.messages.words(locale);
		var asOf = DealCases.asOf(this.settings);
		long staleDays = this.settings.staleAfter().toDays();
		List<AccountAssessment.OurTie> ties = new ArrayList<>();
		Set<String> known = new LinkedHashSet<>();
		Map<String, Integer> byTrust = new LinkedHashMap<>();
		for (TrustLevel level : TrustLevel.values()) {
			byTrust.put(level.name(), 0);
		}
		byTrust.put("UNRATED", 0);
		Map<String, Integer> byFreshness = new LinkedHashMap<>(Map.of());
		for (String freshness : List.of("FRESH", "STALE", "UNDATED")) {
			byFreshness.put(freshness, 0);
		}
		for (IndividualCard person : view.peopleAt(accountId)) {
			for (TieDetail tie : view.ties(person.id())) {
				String other = tie.other(person.id());
				boolean ours = view.individual(other).map((c) -> c.side() == Side.OURS).orElse(false);
				if (tie.type() != TieType.KNOWS || !ours) {
					continue;
				}
				String freshness = (tie.lastContact() == null) ? "UNDATED"
						: (ChronoUnit.DAYS.between(tie.lastContact(), asOf) <= staleDays) ? "FRESH" : "STALE";
				ties.add(new AccountAssessment.OurTie(other, person.id(), tie.level(), tie.lastContact(), freshness));
				known.add(person.id());
				byTrust.merge((tie.level() != null) ? tie.level().name() : "UNRATED", 1, Integer::sum);
				byFreshness.merge(freshness, 1, Integer::sum);
			}
		}
		ties.sort(Comparator.comparing(AccountAssessment.OurTie::colleagueId)
			.thenComparing(AccountAssessment.OurTie::personId));
		boolean aged = view.decays(decay);
		List<DealFacts> openFacts = new ArrayList<>();
		boolean lost = false;
		for (DealFacts facts : view.deals()) {
			if (accountId.equals(facts.summary().accountId())) {
				lost |= facts.summary().status() == DealStatus.LOST;
				if (facts.summary().status() == DealStatus.OPEN) {
					openFacts.add(facts);
				}
			}
		}
		this.judgements.readContacts(view, openFacts);
		List<Judged> open = new ArrayList<>();
		openFacts.forEach((facts) -> open.add(this.judgements.judgeForList(view, facts, aged)));
		open.sort(Pipeline.RISK);
		List<PipelineRow> rows = new ArrayList<>();
		Map<String, Long> weighted = new TreeMap<>();
		for (Judged judged : open) {
			PipelineRow row = Pipeline.row(judged, view, words);
			rows.add(row);
			if (row.value() != null) {
				weighted.merge((row.currency() != null) ? row.currency() : "?", row.weightedValue(), Long::sum);
			}
		}
		List<AccountAssessment.Signal> signals = signals(account, ties, known.size(), byTrust, byFreshness, open.size(),
				lost, words);
		return new AccountAssessment(accountId, account.name(), account.lifecycleStage(),
				new AccountAssessment.Relationships(known.size(), ties.size(), byTrust, byFreshness, ties), signals,
				rows, weighted, asOf);
	}

	/**
	 * The risk signals of domain.md §8 this data can show: a declining or exiting
	 * account; nobody of ours knows anyone there; no tie used within the stale age
	 * (nobody is working the account); most ties stale; no partner-level relationship; a
	 * single contact; no open deal (orders, if any, arrive without work from us); a deal
	 * lost.
	 */
	private List<AccountAssessment.Signal> signals(Account account, List<AccountAssessment.OurTie> ties, int people,
			Map<String, Integer> byTrust, Map<String, Integer> byFreshness, int openDeals, boolean lost, Words words) {
		List<AccountAssessment.Signal> signals = new ArrayList<>();
		LifecycleStage stage = account.lifecycleStage();
		if (stage == LifecycleStage.DECLINE || stage == LifecycleStage.EXIT) {
			signals.add(signal("ACCOUNT_DECLINING", Severity.HIGH, words, stage.name()));
		}
		if (ties.isEmpty()) {
			signals.add(signal("NO_RELATIONSHIPS", Severity.HIGH, words));
		}
		else {
			long days = this.settings.staleAfter().toDays();
			if (byFreshness.get("FRESH") == 0) {
				signals.add(signal("NO_RECENT_CONTACT", Severity.HIGH, words, days));
			}
			else if (byFreshness.get("FRESH") * 2 < ties.size()) {
				signals.add(signal("MOSTLY_STALE", Severity.MEDIUM, words, ties.size() - byFreshness.get("FRESH"),
						ties.size(), days));
			}
			if (byTrust.get(TrustLevel.PARTNER.name()) == 0) {
				signals.add(signal("NO_PARTNER_RELATIONSHIP", Severity.MEDIUM, words));
			}
			if (people == 1) {
				signals.add(signal("SINGLE_CONTACT", Severity.MEDIUM, words));
			}
		}
		if (openDeals == 0) {
			signals.add(signal("NO_OPEN_DEALS", Severity.LOW, words));
		}
		if (lost) {
			signals.add(signal("DEAL_LOST", Severity.LOW, words));
		}
		signals.sort(
				Comparator.comparing(AccountAssessment.Signal::severity).thenComparing(AccountAssessment.Signal::code));
		return signals;
	}

	private static AccountAssessment.Signal signal(String code, Severity severity, Words words, Object... details) {
		return new AccountAssessment.Signal(code, severity, words.text("assessment.signal." + code, details));
	}

}
