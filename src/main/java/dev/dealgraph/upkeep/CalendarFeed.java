package dev.dealgraph.upkeep;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

import dev.dealgraph.upkeep.UpkeepAnswer.Due;
import dev.dealgraph.upkeep.UpkeepAnswer.Occasion;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableTransp;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;

/**
 * A colleague's upkeep list as an iCalendar feed (RFC 5545) through ical4j: an all-day
 * event for each person due (on the day their rhythm runs out, today when it already has)
 * and for each occasion, described without counting days, so an event says the same on
 * its day as when it was fetched. Every event keeps its UID from one fetch to the next,
 * so a calendar app updates it in place instead of adding another; DTSTAMP is the time of
 * the fetch, in UTC. The words come from the {@code i18n/upkeep} bundle in the feed's
 * language.
 */
final class CalendarFeed {

	static final String PRODUCT = "-//dealgraph//upkeep calendar feed//EN";

	private final MessageSource messages;

	private final Locale locale;

	CalendarFeed(MessageSource messages, Locale locale) {
		this.messages = messages;
		this.locale = locale;
	}

	Calendar calendar(UpkeepAnswer answer, String colleagueName, Instant now) {
		Calendar calendar = new Calendar();
		calendar.withProdId(PRODUCT).withDefaults();
		calendar.add(new XProperty("X-WR-CALNAME", text("upkeep.calendar.name", colleagueName)));
		DtStamp stamp = new DtStamp(now);
		for (Due due : answer.due()) {
			LocalDate day = dueDay(due, answer.asOf());
			List<String> lines = new ArrayList<>();
			lines.add(due.suggestion());
			lines.add((due.lastContact() != null)
					? text("upkeep.calendar.due.rhythm", due.lastContact().toString(), due.intervalDays())
					: text("upkeep.calendar.due.never", due.intervalDays()));
			lines.addAll(due.notes());
			calendar.add(event(day,
					text("upkeep.calendar.due." + due.status().name(), due.name(),
							(due.accountId() != null) ? due.accountId() : "-"),
					String.join("\n", lines), "due-" + answer.colleagueId() + "-" + due.personId(), stamp));
		}
		for (Occasion occasion : answer.occasions()) {
			calendar.add(event(occasion.date(),
					text("upkeep.calendar." + occasion.kind().name(), occasion.name(),
							(occasion.years() != null) ? occasion.years() : 0L),
					text("upkeep.calendar." + occasion.kind().name() + ".description", occasion.name(),
							(occasion.years() != null) ? occasion.years() : 0L,
							(occasion.accountId() != null) ? occasion.accountId() : "-"),
					occasionUid(answer.colleagueId(), occasion), stamp));
		}
		return calendar;
	}

	/** The day to get back to them: when the rhythm runs out, today once it has. */
	static LocalDate dueDay(Due due, LocalDate today) {
		if (due.lastContact() == null) {
			return today;
		}
		LocalDate day = due.lastContact().plusDays(due.intervalDays());
		return day.isBefore(today) ? today : day;
	}

	/**
	 * The same occasion keeps its UID; next year's birthday is another event. An account
	 * event is told apart from the account's others by a digest of its name.
	 */
	static String occasionUid(String colleagueId, Occasion occasion) {
		String subject = (occasion.personId() != null) ? occasion.personId()
				: occasion.accountId() + "-" + digest(occasion.name());
		return occasion.kind().name().toLowerCase(Locale.ROOT).replace('_', '-') + "-" + colleagueId + "-" + subject
				+ "-" + occasion.date();
	}

	private static VEvent event(LocalDate day, String summary, String description, String uid, DtStamp stamp) {
		VEvent event = new VEvent(day, day.plusDays(1), summary);
		event.replace(stamp);
		event.add(new Uid(uid + "@dealgraph"));
		event.add(new Description(description));
		event.add(ImmutableTransp.TRANSPARENT);
		return event;
	}

	/**
	 * The feed as text, validated by ical4j, with its lines folded at 75 octets as RFC
	 * 5545 §3.1 asks. ical4j folds at 75 characters, which for Chinese names makes lines
	 * of up to 225 octets, so its folds are undone and made again by octets, never inside
	 * a character.
	 */
	static String write(Calendar calendar) {
		StringWriter out = new StringWriter();
		try {
			new CalendarOutputter(true).output(calendar, out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return fold(out.toString().replace("\r\n ", "").replace("\r\n\t", ""));
	}

	/** Folds each CRLF-ended line so that no line holds more than 75 octets of UTF-8. */
	static String fold(String unfolded) {
		StringBuilder out = new StringBuilder(unfolded.length() + unfolded.length() / 20);
		for (String line : unfolded.split("\r\n")) {
			int octets = 0;
			for (int i = 0; i < line.length();) {
				int codePoint = line.codePointAt(i);
				int size = (codePoint < 0x80) ? 1 : (codePoint < 0x800) ? 2 : (codePoint < 0x10000) ? 3 : 4;
				if (octets + size > 75) {
					out.append("\r\n ");
					octets = 1;
				}
				out.appendCodePoint(codePoint);
				octets += size;
				i += Character.charCount(codePoint);
			}
			out.append("\r\n");
		}
		return out.toString();
	}

	private static String digest(String text) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(hash, 0, 6);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JDK", ex);
		}
	}

	private String text(String key, @Nullable Object... arguments) {
		return this.messages.getMessage(key, arguments, this.locale);
	}

}
