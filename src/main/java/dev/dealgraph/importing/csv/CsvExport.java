package dev.dealgraph.importing.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import dev.dealgraph.importing.MapDocument;
import dev.dealgraph.importing.MapExport;
import dev.dealgraph.person.Person;
import dev.dealgraph.relationship.Tie;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * People and ties as CSV, as far as the caller may read them (the whole export, audited
 * as one). The columns are the field names a {@code DEALGRAPH} import reads, so a file
 * goes back in as it came out. A cell a spreadsheet would run as a formula (one starting
 * with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return) gets a
 * leading {@code '}.
 */
@Component
class CsvExport {

	static final List<String> PEOPLE = List.of("id", "name", "title", "department", "accountId", "temperament",
			"communicationPreference", "interests", "birthday", "startedOn");

	private final MapExport export;

	CsvExport(MapExport export) {
		this.export = export;
	}

	String people() {
		MapDocument document = this.export.exportAll();
		return write(PEOPLE, document.people(),
				(Person p) -> cells(p.id(), p.name(), p.title(), p.department(), p.accountId(), p.temperament(),
						p.communicationPreference(), p.interests().isEmpty() ? null : String.join("; ", p.interests()),
						p.birthday(), p.startedOn()));
	}

	String ties() {
		MapDocument document = this.export.exportAll();
		return write(CsvKind.TIES.fields(), document.relationships(), (Tie t) -> cells(t.type(), t.from(), t.to(),
				t.strength(), t.level(), t.lastContact(), t.source(), t.dotted(), t.note()));
	}

	private static <T> String write(List<String> header, List<T> items, Function<T, List<String>> cells) {
		StringBuilder out = new StringBuilder();
		try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
			printer.printRecord(header);
			for (T item : items) {
				printer.printRecord(cells.apply(item));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}

	private static List<String> cells(@Nullable Object... values) {
		List<String> cells = new ArrayList<>();
		for (Object value : values) {
			cells.add((value != null) ? safe(value.toString()) : "");
		}
		return cells;
	}

	/** The text as a spreadsheet shows it, never as a formula it runs. */
	static String safe(String text) {
		if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
			return "'" + text;
		}
		return text;
	}

}
