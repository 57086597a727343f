package dev.dealgraph.importing.csv;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import dev.dealgraph.deal.Role;
import dev.dealgraph.importing.csv.CsvImport.Status;
import dev.dealgraph.importing.csv.CsvImports.Options;
import dev.dealgraph.system.FieldProblem;
import dev.dealgraph.system.InvalidInputException;
import dev.dealgraph.system.ProblemTypes;
import dev.dealgraph.system.Sentences;
import dev.dealgraph.system.ValidId;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.util.InvalidMimeTypeException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * CSV files in and out. The file is the request body ({@code text/csv}, or no content
 * type); its problems are answered as a 400 whose {@code errors} name line, column and
 * field of every bad row. Every parameter is checked before the body is read, and every
 * wrong one is named.
 */
@RestController
class CsvImportController {

	static final MediaType CSV = MediaType.parseMediaType("text/csv");

	private static final Map<String, Charset> CHARSETS = charsets();

	private final CsvImports imports;

	private final CsvExport export;

	private final MessageSource messages;

	CsvImportController(CsvImports imports, CsvExport export, MessageSource messages) {
		this.imports = imports;
		this.export = export;
		this.messages = messages;
	}

	@PostMapping("/api/v1/import/csv")
	Status importCsv(HttpServletRequest request, @RequestParam(required = false) @Nullable CsvKind kind,
			@RequestParam(required = false) @Nullable CsvPreset preset,
			@RequestParam(required = false) @Nullable List<String> map,
			@RequestParam(required = false) @Nullable List<String> role,
			@RequestParam(required = false) @Nullable @ValidId String accountId,
			@RequestParam(required = false) @Nullable String charset,
			@RequestParam(required = false) @Nullable CsvSeparator separator,
			@RequestParam(required = false) @Nullable Boolean dryRun,
			@RequestParam(required = false) @Nullable Boolean skipBadRows,
			@RequestParam(required = false) @Nullable @ValidId String importId)
			throws IOException, HttpMediaTypeNotSupportedException {
		List<FieldProblem> problems = new ArrayList<>();
		// an empty value is refused, never taken as no value
		for (String name : List.of("kind", "preset", "map", "role", "accountId", "charset", "separator", "dryRun",
				"skipBadRows", "importId")) {
			String[] values = request.getParameterValues(name);
			if (values != null && java.util.Arrays.stream(values).anyMatch(String::isEmpty)) {
				problems.add(new FieldProblem(name, Sentences.of("csv.empty-parameter")));
			}
		}
		Map<String, String> columns = columns(kind, map, problems);
		Map<String, Role> roles = roles(role, problems);
		Charset encoding = charset(charset, request.getCharacterEncoding(), problems);
		if (kind == null) {
			problems.add(new FieldProblem("kind", Sentences.of("problem.field.required")));
		}
		else if (preset != null && !preset.covers(kind)) {
			problems.add(new FieldProblem("preset", Sentences.of("csv.preset-not-for", preset, kind)));
		}
		if (!problems.isEmpty() || kind == null) {
			throw new InvalidInputException(problems);
		}
		contentType(request.getContentType());
		byte[] body = request.getInputStream().readAllBytes();
		Options options = new Options(kind, (preset != null) ? preset : CsvPreset.DEALGRAPH, columns, roles, accountId,
				encoding, separator, Boolean.TRUE.equals(skipBadRows));
		return said(this.imports.submit(importId, body, options, Boolean.TRUE.equals(dryRun)));
	}

	@GetMapping("/api/v1/imports/{id}")
	Status status(@PathVariable @ValidId String id) {
		return said(this.imports.status(id));
	}

	@PostMapping("/api/v1/imports/{id}/publish")
	Status publish(@PathVariable @ValidId String id) {
		return said(this.imports.publish(id));
	}

	@GetMapping(path = "/api/v1/export/people.csv", produces = "text/csv")
	ResponseEntity<byte[]> people() {
		return csv(this.export.people());
	}

	@GetMapping(path = "/api/v1/export/ties.csv", produces = "text/csv")
	ResponseEntity<byte[]> ties() {
		return csv(this.export.ties());
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> rejected(CsvRejected ex) {
		Locale locale = LocaleContextHolder.getLocale();
		List<RowProblem> said = said(ex.problems());
		ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
		problem.setType(ProblemTypes.VALIDATION);
		problem.setTitle(this.messages.getMessage("problem.invalid-input.title", null, "Invalid input", locale));
		RowProblem first = said.get(0);
		problem.setDetail(this.messages.getMessage("csv.rejected",
				new Object[] { said.size(), first.line(), first.column(), first.message() }, "bad rows", locale));
		problem.setProperty("errors", said);
		if (ex.importId() != null) {
			problem.setProperty("importId", ex.importId());
		}
		return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	private Status said(Status status) {
		return status.withProblems(said(status.problems()));
	}

	private List<RowProblem> said(List<RowProblem> problems) {
		Locale locale = LocaleContextHolder.getLocale();
		return problems.stream()
			.map((p) -> (p.sentence() != null) ? new RowProblem(p.line(), p.column(), p.field(),
					this.messages.getMessage(p.sentence(), locale), p.sentence()) : p)
			.toList();
	}

	/** UTF-8 with a byte-order mark, so spreadsheets read every script right. */
	private static ResponseEntity<byte[]> csv(String text) {
		byte[] bytes = ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8);
		return ResponseEntity.ok().contentType(new MediaType(CSV, StandardCharsets.UTF_8)).body(bytes);
	}

	/** Each {@code field:Header} of a custom mapping. */
	private static Map<String, String> columns(@Nullable CsvKind kind, @Nullable List<String> map,
			List<FieldProblem> problems) {
		Map<String, String> columns = new TreeMap<>();
		for (String entry : (map != null) ? map : List.<String>of()) {
			int colon = entry.indexOf(':');
			String field = (colon > 0) ? entry.substring(0, colon) : "";
			String header = (colon > 0) ? entry.substring(colon + 1).strip() : "";
			boolean known = kind == null
					? java.util.Arrays.stream(CsvKind.values()).anyMatch((k) -> k.fields().contains(field))
					: kind.fields().contains(field);
			if (header.isEmpty() || header.length() > 200 || !known || !printable(header)) {
				problems.add(new FieldProblem("map",
						Sentences.of("csv.bad-mapping", (kind != null) ? String.join(", ", kind.fields()) : "-")));
				return columns;
			}
			columns.put(field, header);
		}
		return columns;
	}

	/** Each {@code CRM name:ROLE} beyond the known role names. */
	private static Map<String, Role> roles(@Nullable List<String> role, List<FieldProblem> problems) {
		Map<String, Role> roles = new TreeMap<>();
		for (String entry : (role != null) ? role : List.<String>of()) {
			int colon = entry.lastIndexOf(':');
			String name = (colon > 0) ? entry.substring(0, colon).strip() : "";
			Role value = null;
			for (Role candidate : Role.values()) {
				if (colon > 0 && candidate.name().equals(entry.substring(colon + 1))) {
					value = candidate;
				}
			}
			if (name.isEmpty() || name.length() > 200 || value == null || !printable(name)) {
				problems.add(new FieldProblem("role", Sentences.of("csv.bad-role-mapping",
						String.join(", ", java.util.Arrays.stream(Role.values()).map(Role::name).toList()))));
				return roles;
			}
			roles.put(name, value);
		}
		return roles;
	}

	private static boolean printable(String text) {
		return text.codePoints()
			.allMatch((c) -> !Character.isISOControl(c) && Character.isDefined(c) && c != 0xfffd
					&& Character.getType(c) != Character.SURROGATE && Character.getType(c) != Character.FORMAT);
	}

	private static Charset charset(@Nullable String named, @Nullable String declared, List<FieldProblem> problems) {
		String name = (named != null) ? named : declared;
		if (name == null) {
			return StandardCharsets.UTF_8;
		}
		Charset charset = CHARSETS.get(name.toUpperCase(Locale.ROOT));
		if (charset == null) {
			problems.add(new FieldProblem("charset",
					Sentences.of("csv.unknown-charset", String.join(", ", CHARSETS.keySet()))));
			return StandardCharsets.UTF_8;
		}
		return charset;
	}

	private static void contentType(@Nullable String contentType) throws HttpMediaTypeNotSupportedException {
		if (contentType == null) {
			return;
		}
		List<MediaType> supported = List.of(CSV, MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM);
		try {
			MediaType type = MediaType.parseMediaType(contentType);
			if (supported.stream().anyMatch((s) -> s.includes(type) && !type.isWildcardType())) {
				return;
			}
			throw new HttpMediaTypeNotSupportedException(type, supported);
		}
		catch (InvalidMimeTypeException ex) {
			throw new HttpMediaTypeNotSupportedException(ex.getMessage());
		}
	}

	private static Map<String, Charset> charsets() {
		Map<String, Charset> charsets = new TreeMap<>();
		for (String name : List.of("UTF-8", "UTF-16", "UTF-16LE", "UTF-16BE", "GBK", "GB18030", "BIG5", "ISO-8859-1",
				"WINDOWS-1252")) {
			charsets.put(name, Charset.forName(name));
		}
		return java.util.Collections.unmodifiableMap(charsets);
	}

}
