package dev.dealgraph.upkeep;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import dev.dealgraph.upkeep.UpkeepAnswer.Due;
import dev.dealgraph.upkeep.UpkeepAnswer.Occasion;
import dev.dealgraph.upkeep.UpkeepAnswer.OccasionKind;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The feed as text, without a server: folding by octets and the events it holds. */
class CalendarFeedWritingTests {

	static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

	static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("i18n/upkeep");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

	@Test
	void foldsAtSeventyFiveOctetsNeverInsideACharacterAndUnfoldsToTheSameLine() {
		String line = "DESCRIPTION:" + "李娜🙂é".repeat(40);
		String folded = CalendarFeed.fold(line + "\r\n");

		assertThat(folded).endsWith("\r\n");
		for (String part : folded.split("\r\n")) {
			assertThat(part.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
			assertThat(Character.isLowSurrogate(part.charAt(part.startsWith(" ") ? 1 : 0))).isFalse();
		}
		assertThat(folded.replace("\r\n ", "")).isEqualTo(line + "\r\n");
		assertThat(CalendarFeed.fold("SHORT:x\r\n")).isEqualTo("SHORT:x\r\n");
	}

	@Test
	void anOverdueContactFallsOnTodayAndADueOneOnTheDayTheirRhythmRunsOut() {
		assertThat(CalendarFeed.dueDay(due("late", LocalDate.of(2026, 4, 30), 15), TODAY)).isEqualTo(TODAY);
		assertThat(CalendarFeed.dueDay(due("soon", LocalDate.of(2026, 11, 20), 15), TODAY))
			.isEqualTo(LocalDate.of(2026, 12, 5));
		assertThat(CalendarFeed.dueDay(due("never", null, 30), TODAY)).isEqualTo(TODAY);
	}

	@Test
	void writesOneEventPerDueContactAndOccasionThatIcal4jReadsBack() throws Exception {
		UpkeepAnswer answer = new UpkeepAnswer("lars", TODAY,
				List.of(due("stefan", LocalDate.of(2026, 4, 30), 15), due("li", null, 30)), "g:1",
				List.of(new Occasion(OccasionKind.BIRTHDAY, LocalDate.of(2026, 12, 18), 17, "elif", "nordlicht", "Elif",
						null, "Elif's birthday is in 17 days"),
						new Occasion(OccasionKind.ACCOUNT_EVENT, LocalDate.of(2026, 12, 10), 9, null, "nordlicht",
								"Grid forum", null, "Grid forum at Nordlicht is in 9 days")));
		String text = CalendarFeed.write(new CalendarFeed(messages(), Locale.ENGLISH).calendar(answer, "Lars",
				Instant.parse("2026-12-01T08:30:00Z")));

		List<VEvent> events = new CalendarBuilder().build(new StringReader(text)).getComponents("VEVENT");
		assertThat(events).hasSize(4);
		assertThat(events).extracting((e) -> e.getProperties(Property.UID).get(0).getValue())
			.containsExactly("due-lars-stefan@dealgraph", "due-lars-li@dealgraph",
					"birthday-lars-elif-2026-12-18@dealgraph",
					"account-event-lars-nordlicht-" + "%s-2026-12-10@dealgraph".formatted(digestOf(events.get(3))));
		assertThat(events).extracting((e) -> e.getProperties(Property.DTSTAMP).get(0).getValue())
			.containsOnly("20261201T083000Z");
		assertThat(events.get(1).getProperties(Property.DESCRIPTION).get(0).getValue())
			.contains("No contact recorded yet; their rhythm is every 30 days.");
		assertThat(events.get(2).getProperties(Property.DTEND).get(0).getValue()).isEqualTo("20261219");
		assertThat(events.get(2).getProperties(Property.DESCRIPTION).get(0).getValue())
			.isEqualTo("A good day for a personal greeting to Elif.");
	}

	/** The name digest in an account event's UID, read back from the UID itself. */
	static String digestOf(VEvent event) {
		String uid = event.getProperties(Property.UID).get(0).getValue();
		return uid.substring("account-event-lars-nordlicht-".length(), uid.length() - "-2026-12-10@dealgraph".length());
	}

	static Due due(String id, LocalDate lastContact, long interval) {
		return new Due(id, "Name " + id, null, "acme", Cadence.Status.OVERDUE, lastContact, null, interval, 1.0, true,
				List.of(), "Call " + id, List.of());
	}

}
