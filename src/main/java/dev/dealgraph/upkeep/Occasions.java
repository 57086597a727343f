package dev.dealgraph.upkeep;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import dev.dealgraph.account.Account;
import dev.dealgraph.account.AccountEvent;
import dev.dealgraph.person.Person;
import dev.dealgraph.upkeep.UpkeepAnswer.Occasion;
import dev.dealgraph.upkeep.UpkeepAnswer.OccasionKind;
import org.jspecify.annotations.Nullable;

/**
 * The personal and business occasions that fall within the next {@code horizon} days:
 * birthdays and work anniversaries of people, and the accounts' own events. Plain Java
 * over the records, so the calendar arithmetic can be tested without a database.
 */
final class Occasions {

	private final LocalDate today;

	private final long horizon;

	Occasions(LocalDate today, long horizon) {
		this.today = today;
		this.horizon = horizon;
	}

	/** The occasions, soonest first, each with its sentence. */
	List<Occasion> of(List<Person> people, List<Account> accounts, Touches words) {
		List<Occasion> occasions = new ArrayList<>();
		for (Person person : people) {
			if (person.birthday() != null) {
				LocalDate next = next(person.birthday());
				add(occasions, OccasionKind.BIRTHDAY, next, person.id(), person.accountId(), person.name(), null,
						words.birthday(person.name(), days(next)));
			}
			if (person.startedOn() != null) {
				LocalDate next = anniversary(person.startedOn());
				long years = next.getYear() - person.startedOn().getYear();
				add(occasions, OccasionKind.WORK_ANNIVERSARY, next, person.id(), person.accountId(), person.name(),
						years, words.workAnniversary(person.name(), days(next), years));
			}
		}
		for (Account account : accounts) {
			for (AccountEvent event : account.events()) {
				LocalDate next = event.yearly() ? next(MonthDay.from(event.date())) : event.date();
				if (next.isBefore(event.date())) {
					next = event.date();
				}
				add(occasions, OccasionKind.ACCOUNT_EVENT, next, null, account.id(), event.name(), null,
						words.accountEvent(event.name(), account.name(), days(next)));
			}
		}
		occasions.sort(Comparator.comparing(Occasion::date)
			.thenComparing(Occasion::kind)
			.thenComparing((o) -> (o.personId() != null) ? o.personId() : "")
			.thenComparing((o) -> (o.accountId() != null) ? o.accountId() : "")
			.thenComparing(Occasion::name));
		return occasions;
	}

	private void add(List<Occasion> occasions, OccasionKind kind, LocalDate date, @Nullable String personId,
			@Nullable String accountId, String name, @Nullable Long years, String sentence) {
		long days = days(date);
		if (days >= 0 && days <= this.horizon) {
			occasions.add(new Occasion(kind, date, days, personId, accountId, name, years, sentence));
		}
	}

	/**
	 * The next day on or after today with this month and day; 29 February falls on the
	 * 28th in a common year.
	 */
	LocalDate next(MonthDay day) {
		LocalDate thisYear = day.atYear(this.today.getYear());
		return thisYear.isBefore(this.today) ? day.atYear(this.today.getYear() + 1) : thisYear;
	}

	/** The next anniversary of a start, at least one year after it. */
	LocalDate anniversary(LocalDate started) {
		LocalDate next = next(MonthDay.from(started));
		return (next.getYear() <= started.getYear()) ? MonthDay.from(started).atYear(started.getYear() + 1) : next;
	}

	private long days(LocalDate date) {
		return ChronoUnit.DAYS.between(this.today, date);
	}

}
