package dev.dealgraph.importing;

import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;

import dev.dealgraph.account.Account;
import dev.dealgraph.account.AccountEvent;
import dev.dealgraph.account.LifecycleStage;
import dev.dealgraph.deal.Attitude;
import dev.dealgraph.deal.Deal;
import dev.dealgraph.deal.DealStatus;
import dev.dealgraph.deal.Influence;
import dev.dealgraph.deal.Mode;
import dev.dealgraph.deal.Role;
import dev.dealgraph.deal.Stage;
import dev.dealgraph.deal.Stakeholder;
import dev.dealgraph.deal.TeamMember;
import dev.dealgraph.person.Colleague;
import dev.dealgraph.person.ColleagueFunction;
import dev.dealgraph.person.CommunicationPreference;
import dev.dealgraph.person.Person;
import dev.dealgraph.person.Temperament;
import dev.dealgraph.relationship.Tie;
import dev.dealgraph.relationship.TieType;
import dev.dealgraph.relationship.TrustLevel;
import org.jspecify.annotations.Nullable;

/**
 * Valid map documents drawn from a seed: several accounts (some empty), people at them
 * and outside, colleagues, deals with teams, stakeholders cycling through every role,
 * influence, attitude and mode, and ties of all four types, some across accounts. The
 * same seed and size always give the same document.
 */
final class RandomMaps {

	private static final List<String> NAMES = List.of("王建国", "María José Núñez", "Lars Øberg", "Elif Yılmaz", "김민준",
			"Дмитрий Волков", "Siobhán O'Brien", "Zoë \"Zee\" Laurent", "Back\\slash; Semi", "Oluwaseun Adeyemi",
			"𝔐𝔞𝔯𝔨 Fraktur", "José Álvarez", "陈晓明", "Thabo Nkosi", "Ana Sousa");

	private static final List<String> TEXTS = List.of("Payback under 30 months; capex phased", "line one\nline two",
			"quotes ' and \" and `ticks`", "// not a comment /* nor this */", "交付时间 and Lieferzeit", "  spaced  ");

	private final Random random;

	private RandomMaps(long seed) {
		this.random = new Random(seed);
	}

	static MapDocument generate(long seed, int size) {
		return new RandomMaps(seed).document(size);
	}

	private MapDocument document(int size) {
		List<Account> accounts = new ArrayList<>();
		for (int i = 0; i < 2 + size / 3; i++) {
			accounts.add(new Account("acct-" + i, pick(NAMES) + " Ltd", maybe(() -> pick(TEXTS)),
					maybe(() -> (1 + this.random.nextInt(90)) + "00 employees"),
					maybe(() -> pick(LifecycleStage.values())), maybe(() -> pick(TEXTS)),
					some(List.of(new AccountEvent("Trade fair", LocalDate.of(2027, 3, 9), false),
							new AccountEvent("Fiscal year end", LocalDate.of(2026, 3, 31), true)))));
		}
		List<Colleague> colleagues = new ArrayList<>();
		for (int i = 0; i < 1 + size / 2; i++) {
			colleagues.add(new Colleague("c_" + i, pick(NAMES), maybe(() -> pick(TEXTS)),
					maybe(() -> pick(ColleagueFunction.values()))));
		}
		List<Person> people = new ArrayList<>();
		for (int i = 0; i < 2 + size * 2; i++) {
			// the last account stays without people or deals
			String accountId = (this.random.nextInt(4) == 0) ? null
					: accounts.get(this.random.nextInt(accounts.size() - 1)).id();
			people.add(new Person("P." + i, accountId, pick(NAMES), maybe(() -> pick(TEXTS)), maybe(() -> pick(TEXTS)),
					maybe(() -> pick(Temperament.values())), maybe(() -> pick(CommunicationPreference.values())),
					some(List.of("sailing", "calligraphy", "flamenco", "王", "chess")),
					maybe(() -> MonthDay.of(1 + this.random.nextInt(12), 1 + this.random.nextInt(28))),
					maybe(() -> LocalDate.of(1990 + this.random.nextInt(30), 1 + this.random.nextInt(12),
							1 + this.random.nextInt(28)))));
		}
		List<Deal> deals = new ArrayList<>();
		List<Stakeholder> stakeholders = new ArrayList<>();
		int facts = 0;
		for (int i = 0; i < 1 + size / 2; i++) {
			List<TeamMember> team = some(colleagues).stream()
				.map((c) -> new TeamMember(c.id(), maybe(() -> pick(TEXTS))))
				.toList();
			Deal deal = new Deal("deal-" + i, accounts.get(this.random.nextInt(accounts.size() - 1)).id(),
					pick(NAMES) + " deal", pick(Stage.values()), maybe(() -> (long) this.random.nextInt(5_000_000)),
					maybe(() -> pick(List.of("USD", "EUR", "CNY"))),
					maybe(() -> LocalDate.of(2026, 1, 1).plusDays(this.random.nextInt(900))), pick(DealStatus.values()),
					team);
			deals.add(deal);
			for (Person person : some(people)) {
				stakeholders.add(stakeholder(deal.id(), person.id(), facts++));
			}
		}
		return new MapDocument(accounts, colleagues, people, deals, stakeholders, ties(people, colleagues, size));
	}

	/** The n-th fact of a document takes the n-th value of each enum, so all appear. */
	private Stakeholder stakeholder(String dealId, String personId, int n) {
		List<Role> roles = new ArrayList<>(some(List.of(Role.values())));
		Role nth = Role.values()[n % Role.values().length];
		if (!roles.contains(nth)) {
			// a role named twice is refused, so the n-th is added only when missing
			roles.add(nth);
		}
		Influence influence = (n % 4 == 3) ? null : Influence.values()[n % 4];
		return new Stakeholder(dealId, personId, roles, influence, Attitude.values()[n % Attitude.values().length],
				Mode.values()[n % Mode.values().length], maybe(() -> pick(TEXTS)), maybe(() -> pick(TEXTS)),
				Instant.parse("2026-01-01T00:00:00Z").plusMillis(this.random.nextLong(40_000_000_000L)));
	}

	private List<Tie> ties(List<Person> people, List<Colleague> colleagues, int size) {
		List<String> individuals = new ArrayList<>();
		people.forEach((p) -> individuals.add(p.id()));
		colleagues.forEach((c) -> individuals.add(c.id()));
		List<Tie> ties = new ArrayList<>();
		Set<String> pairs = new HashSet<>();
		// a tie across accounts in every document
		Person first = people.stream().filter((p) -> p.accountId() != null).findFirst().orElseThrow();
		people.stream()
			.filter((p) -> p.accountId() != null && !p.accountId().equals(first.accountId()))
			.findFirst()
			.ifPresent((other) -> add(tie(TieType.KNOWS, first.id(), other.id()), ties, pairs));
		for (int i = 0; i < 4 + size * 3; i++) {
			String from = pick(individuals);
			String to = pick(individuals);
			if (!from.equals(to)) {
				add(tie(TieType.values()[i % TieType.values().length], from, to), ties, pairs);
			}
		}
		return ties;
	}

	private static void add(Tie tie, List<Tie> ties, Set<String> pairs) {
		boolean undirected = !tie.type().directed();
		String forward = tie.type() + " " + tie.from() + " " + tie.to();
		String backward = tie.type() + " " + tie.to() + " " + tie.from();
		if (pairs.contains(forward) || (undirected && pairs.contains(backward))) {
			return;
		}
		pairs.add(forward);
		ties.add(tie);
	}

	private Tie tie(TieType type, String from, String to) {
		return switch (type) {
			case KNOWS -> new Tie(type, from, to, strength(), maybe(() -> pick(TrustLevel.values())),
					maybe(() -> LocalDate.of(2025, 6, 1).plusDays(this.random.nextInt(500))), maybe(() -> pick(TEXTS)),
					null, null);
			case INFLUENCES -> new Tie(type, from, to, strength(), null, null, null, null, null);
			case REPORTS_TO -> new Tie(type, from, to, null, null, null, null, maybe(this.random::nextBoolean), null);
			case CONFLICTS_WITH -> new Tie(type, from, to, null, null, null, null, null, maybe(() -> pick(TEXTS)));
		};
	}

	/** In (0, 1], any double. */
	private double strength() {
		return 1.0 - this.random.nextDouble();
	}

	private <T> @Nullable T maybe(Supplier<T> value) {
		return this.random.nextBoolean() ? value.get() : null;
	}

	private <T> T pick(T[] values) {
		return values[this.random.nextInt(values.length)];
	}

	private <T> T pick(List<T> values) {
		return values.get(this.random.nextInt(values.size()));
	}

	private <T> List<T> some(List<T> values) {
		return values.stream().filter((value) -> this.random.nextInt(3) == 0).toList();
	}

}
