package dev.dealgraph.audit;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import dev.dealgraph.system.FieldProblem;
import dev.dealgraph.system.Ids;
import dev.dealgraph.system.InvalidInputException;
import dev.dealgraph.system.Page;
import dev.dealgraph.system.Sentences;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit, for admins only (the filter chain guards {@code /api/v1/admin/**}). */
@RestController
class AuditController {

	private static final List<String> PARAMETERS = List.of("objectId", "userId", "from", "to", "operation", "page",
			"size");

	private final AuditEntries entries;

	AuditController(AuditEntries entries) {
		this.entries = entries;
	}

	@GetMapping("/api/v1/admin/audit")
	@Operation(summary = "Every recorded write and personal-data read, newest first",
			description = "objectId matches the object or any person, colleague, deal or account an entry names; "
					+ "from (inclusive) and to (exclusive) are ISO-8601 instants. Unknown parameters are a 400.")
	Page<AuditEntry> list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size,
			@RequestParam(required = false) @Nullable String objectId,
			@RequestParam(required = false) @Nullable String userId,
			@RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to,
			@RequestParam(required = false) @Nullable String operation, HttpServletRequest request) {
		List<FieldProblem> problems = new ArrayList<>();
		for (String name : new TreeSet<>(request.getParameterMap().keySet())) {
			if (!PARAMETERS.contains(name)) {
				problems.add(new FieldProblem(name,
						Sentences.of("problem.field.not-a-parameter", String.join(", ", PARAMETERS))));
			}
		}
		if (objectId != null && !objectId(objectId)) {
			problems.add(new FieldProblem("objectId", Sentences.of("problem.field.audit-object-id")));
		}
		if (userId != null && !Ids.valid(userId)) {
			problems.add(new FieldProblem("userId", Sentences.of("problem.field.id")));
		}
		if (operation != null && !AuditLog.OPERATIONS.contains(operation)) {
			problems.add(new FieldProblem("operation", Sentences.of("problem.field.unknown-value", operation,
					String.join(", ", new TreeSet<>(AuditLog.OPERATIONS)))));
		}
		Instant since = instant("from", from, problems);
		Instant until = instant("to", to, problems);
		if (since != null && until != null && !since.isBefore(until)) {
			problems.add(new FieldProblem("to", Sentences.of("problem.field.not-after", "from")));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		Page.check(page, size);
		return this.entries.page(new AuditQuery(objectId, userId, since, until, operation), page, size);
	}

	/** An id, or a composite of up to three ids such as {@code KNOWS/amy-chen/li-wei}. */
	private static boolean objectId(String text) {
		String[] parts = text.split("/", -1);
		if (parts.length > 3) {
			return false;
		}
		for (String part : parts) {
			if (!Ids.valid(part)) {
				return false;
			}
		}
		return true;
	}

	private static @Nullable Instant instant(String field, @Nullable String text, List<FieldProblem> problems) {
		if (text == null) {
			return null;
		}
		try {
			return Instant.parse(text);
		}
		catch (DateTimeParseException ex) {
			problems.add(new FieldProblem(field, Sentences.of("problem.field.instant")));
			return null;
		}
	}

}
