package dev.dealgraph.upkeep;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Locale;

import dev.dealgraph.account.Account;
import dev.dealgraph.account.AccountEvent;
import dev.dealgraph.person.Person;
import dev.dealgraph.upkeep.UpkeepAnswer.Occasion;
import dev.dealgraph.upkeep.UpkeepAnswer.OccasionKind;
import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Which birthdays, anniversaries and account events fall within the horizon. */
class OccasionsTests {

	static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

	static Touches words(Locale locale) {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("i18n/upkeep");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return new Touches(messages, locale);
	}

	static Person person(String id, MonthDay birthday, LocalDate startedOn) {
		return new Person(id, "acme", "Name " + id, null, null, null, null, List.of(), birthday, startedOn);
	}

	static Account account(AccountEvent... events) {
		return new Account("acme", "ACME", null, null, null, null, List.of(events));
	}

	List<Occasion> occasions(long horizon, List<Person> people, List<Account> accounts) {
		return new Occasions(TODAY, horizon).of(people, accounts, words(Locale.ENGLISH));
	}

	@Test
	void listsBirthdaysWithinTheHorizonSoonestFirstAndLeavesTheRestOut() {
		List<Occasion> found = occasions(30,
				List.of(person("late", MonthDay.of(12, 31), null), person("today", MonthDay.of(12, 1), null),
						person("passed", MonthDay.of(11, 30), null), person("beyond", MonthDay.of(1, 1), null)),
				List.of());

		assertThat(found).extracting(Occasion::personId).containsExactly("today", "late");
		assertThat(found.get(0).inDays()).isZero();
		assertThat(found.get(0).sentence())
			.isEqualTo("Name today's birthday is today: a good day for a personal greeting");
		assertThat(found.get(1).date()).isEqualTo(LocalDate.of(2026, 12, 31));
		assertThat(found.get(1).sentence()).contains("is in 30 days");
	}

	@Test
	void aBirthdayThatHasPassedThisYearComesNextYear() {
		Occasions occasions = new Occasions(TODAY, 366);

		assertThat(occasions.next(MonthDay.of(11, 30))).isEqualTo(LocalDate.of(2027, 11, 30));
		assertThat(occasions.next(MonthDay.of(12, 1))).isEqualTo(TODAY);
	}

	@Test
	void aTwentyNinthOfFebruaryFallsOnTheTwentyEighthInACommonYearAndStaysInALeapYear() {
		assertThat(new Occasions(TODAY, 366).next(MonthDay.of(2, 29))).isEqualTo(LocalDate.of(2027, 2, 28));
		assertThat(new Occasions(LocalDate.of(2027, 12, 1), 366).next(MonthDay.of(2, 29)))
			.isEqualTo(LocalDate.of(2028, 2, 29));
	}

	@Test
	void countsTheYearsOfAWorkAnniversaryAndSkipsTheDayTheyStarted() {
		List<Occasion> found = occasions(30,
				List.of(person("ten", null, LocalDate.of(2016, 12, 5)), person("new", null, TODAY)), List.of());

		assertThat(found).extracting(Occasion::personId).containsExactly("ten");
		assertThat(found.get(0).kind()).isEqualTo(OccasionKind.WORK_ANNIVERSARY);
		assertThat(found.get(0).years()).isEqualTo(10);
		assertThat(found.get(0).sentence())
			.isEqualTo("Name ten marks in 4 days 10 years at their company: a reason to congratulate them");
		assertThat(new Occasions(TODAY, 366).anniversary(TODAY)).isEqualTo(LocalDate.of(2027, 12, 1));
	}

	@Test
	void aYearlyAccountEventComesBackAndAOneOffOnlyOnItsDay() {
		List<Occasion> found = occasions(30, List.of(),
				List.of(account(new AccountEvent("Fiscal year end", LocalDate.of(2020, 12, 31), true),
						new AccountEvent("Trade fair", LocalDate.of(2026, 12, 15), false),
						new AccountEvent("Old fair", LocalDate.of(2025, 12, 15), false),
						new AccountEvent("Future year end", LocalDate.of(2030, 12, 20), true))));

		assertThat(found).extracting(Occasion::name).containsExactly("Trade fair", "Fiscal year end");
		assertThat(found).extracting(Occasion::accountId).containsOnly("acme");
		assertThat(found.get(0).sentence()).isEqualTo("Trade fair at ACME is in 14 days: plan a touch around it");
	}

	@Test
	void speaksChinese() {
		List<Occasion> found = new Occasions(TODAY, 30).of(List.of(person("p", MonthDay.of(12, 2), null)), List.of(),
				words(Locale.SIMPLIFIED_CHINESE));

		assertThat(found.get(0).sentence()).isEqualTo("明天是Name p的生日：适合送上一份私人问候");
	}

}
