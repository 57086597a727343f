package dev.dealgraph.upkeep;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Locale;

import dev.dealgraph.access.CalendarFeeds;
import dev.dealgraph.access.CalendarFeeds.Issued;
import dev.dealgraph.access.CalendarFeeds.Subscription;
import dev.dealgraph.paths.ReadModel;
import dev.dealgraph.person.Colleague;
import dev.dealgraph.person.Colleagues;
import dev.dealgraph.system.Caller;
import dev.dealgraph.system.Callers;
import dev.dealgraph.system.InvalidInputException;
import dev.dealgraph.system.NotFoundException;
import dev.dealgraph.system.Sentences;
import dev.dealgraph.system.ValidId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.Pattern;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

@RestController
class CalendarFeedController {

	static final MediaType CALENDAR = MediaType.parseMediaType("text/calendar; charset=utf-8");

	private final CalendarFeeds feeds;

	private final Upkeep upkeep;

	private final Colleagues colleagues;

	private final ReadModel readModel;

	private final MessageSource messages;

	CalendarFeedController(CalendarFeeds feeds, Upkeep upkeep, Colleagues colleagues, ReadModel readModel,
			MessageSource messages) {
		this.feeds = feeds;
		this.upkeep = upkeep;
		this.colleagues = colleagues;
		this.readModel = readModel;
		this.messages = messages;
	}

	/**
	 * A feed just made, with its address.
	 *
	 * @param url the feed's secret address: shown once, kept only as a hash
	 */
	record FeedAnswer(String id, String colleagueId, String language, OffsetDateTime createdAt, String url) {
	}

	@PostMapping("/api/v1/colleagues/{id}/calendar-feed")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Make or rotate your calendar feed of a colleague's due contacts and occasions",
			description = "Answers a secret iCalendar (RFC 5545) address to subscribe to in Outlook, Google Calendar "
					+ "or Apple Calendar: shown once, stored only as a hash. Making it again rotates it: the old "
					+ "address stops working. The feed shows what you may see when it is read. A colleague is "
					+ "yours to subscribe to when you are them, an admin, or they are on a deal you may read.")
	@ApiResponse(responseCode = "201", description = "the feed and its secret address")
	@ApiResponse(responseCode = "400", description = "lang is not en or zh-CN")
	@ApiResponse(responseCode = "403", description = "a company token: feeds need a stored user")
	@ApiResponse(responseCode = "404", description = "no such colleague, or not one of yours")
	FeedAnswer create(@PathVariable @ValidId String id, @Parameter(
			description = "language of the feed's words, en or zh-CN; Accept-Language when left out") @RequestParam(
					required = false) @Nullable String lang) {
		Locale language = language(lang);
		requireColleague(id);
		Issued issued = this.feeds.issue(id, language);
		String url = ServletUriComponentsBuilder.fromCurrentContextPath()
			.path(CalendarFeeds.PATH + issued.secret() + CalendarFeeds.SUFFIX)
			.build()
			.toUriString();
		return new FeedAnswer(issued.feed().id(), id, language.toLanguageTag(), issued.createdAt(), url);
	}

	@DeleteMapping("/api/v1/colleagues/{id}/calendar-feed")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Revoke your calendar feed of a colleague: its address stops working")
	@ApiResponse(responseCode = "204", description = "revoked")
	@ApiResponse(responseCode = "404", description = "no such colleague, not one of yours, or you have no feed of them")
	void revoke(@PathVariable @ValidId String id) {
		requireColleague(id);
		if (!this.feeds.revoke(id)) {
			throw new NotFoundException(Sentences.of("problem.not-found.calendar-feed"));
		}
	}

	@GetMapping("/api/v1/calendar/{secret}.ics")
	@Operation(summary = "A calendar feed (RFC 5545) of a colleague's due contacts and occasions",
			description = "Needs no Authorization header: the secret in the address opens it. All-day events for "
					+ "everyone due or overdue (on the day their rhythm runs out, today when it has) and for "
					+ "birthdays, work anniversaries and account events within dealgraph.upkeep.occasion-days; each "
					+ "event keeps its UID between fetches. Shows what the feed's maker may see now.")
	@ApiResponse(responseCode = "200", description = "the feed, text/calendar")
	@ApiResponse(responseCode = "400", description = "not the shape of a feed's secret")
	@ApiResponse(responseCode = "404", description = "the address opens no feed (unknown, rotated, revoked, or its "
			+ "maker no longer exists or no longer sees the colleague)")
	ResponseEntity<String> feed(
			@PathVariable @Parameter(description = "the feed's secret") @Pattern(regexp = "dgc_[A-Za-z0-9_-]{43}",
					message = "{problem.field.calendar-secret}") String secret,
			HttpServletRequest request) {
		Subscription feed = CalendarFeeds.of(request)
			.orElseThrow(() -> new NotFoundException(Sentences.of("problem.not-found.calendar-feed")));
		Colleague colleague = this.colleagues.find(feed.colleagueId())
			.filter((found) -> mayFollow(found.id()))
			.orElseThrow(() -> new NotFoundException(Sentences.of("problem.not-found.calendar-feed")));
		UpkeepAnswer answer = this.upkeep.forColleague(colleague.id(), feed.language());
		String body = CalendarFeed
			.write(new CalendarFeed(this.messages, feed.language()).calendar(answer, colleague.name(), Instant.now()));
		return ResponseEntity.ok().contentType(CALENDAR).cacheControl(CacheControl.noStore()).body(body);
	}

	/** 404 unless the colleague exists and the caller may follow them. */
	private void requireColleague(String id) {
		if (this.colleagues.find(id).isEmpty() || !mayFollow(id)) {
			throw new NotFoundException("colleague", id);
		}
	}

	/**
	 * Whether the caller may follow this colleague's upkeep in a calendar: they are the
	 * colleague, an admin, or the colleague is on a deal they may read. Another team's
	 * colleague answers like a missing one.
	 */
	private boolean mayFollow(String colleagueId) {
		Caller caller = Callers.current();
		if (caller.admin() || colleagueId.equals(caller.colleagueId())) {
			return true;
		}
		return this.readModel.view().deals().stream().anyMatch((deal) -> deal.team().contains(colleagueId));
	}

	private static Locale language(@Nullable String lang) {
		if (lang == null) {
			return LocaleContextHolder.getLocale().getLanguage().equals("zh") ? Locale.SIMPLIFIED_CHINESE
					: Locale.ENGLISH;
		}
		return switch (lang) {
			case "en" -> Locale.ENGLISH;
			case "zh-CN" -> Locale.SIMPLIFIED_CHINESE;
			default -> throw new InvalidInputException("lang", Sentences.of("problem.field.calendar-language"));
		};
	}

}
