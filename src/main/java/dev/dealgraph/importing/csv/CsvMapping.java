package dev.dealgraph.importing.csv;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.dealgraph.system.Sentences;

/**
 * Which column of a file holds which field: the preset's header names, overridden by the
 * caller's, matched to the file's header without regard to case. A field whose column the
 * file lacks is left alone on import (a stored value stays); a required one refuses the
 * file, naming the header line.
 *
 * @param kind what the file holds
 * @param indexes per field, the index of its column
 * @param headers per field, the header as the file spells it
 */
record CsvMapping(CsvKind kind, Map<String, Integer> indexes, Map<String, String> headers) {

	static CsvMapping of(CsvKind kind, CsvPreset preset, Map<String, String> overrides, List<String> header) {
		Map<String, Integer> positions = new LinkedHashMap<>();
		List<RowProblem> problems = new ArrayList<>();
		for (int i = 0; i < header.size(); i++) {
			Integer earlier = positions.putIfAbsent(header.get(i).toLowerCase(Locale.ROOT), i);
			if (earlier != null && !header.get(i).isEmpty()) {
				problems.add(new RowProblem(CsvTable.HEADER_LINE, header.get(i), "header",
						Sentences.of("csv.duplicate-header", header.get(i))));
			}
		}
		Map<String, Integer> indexes = new LinkedHashMap<>();
		Map<String, String> headers = new LinkedHashMap<>();
		for (String field : kind.fields()) {
			String wanted = overrides.getOrDefault(field, preset.header(kind, field));
			Integer index = wanted.isEmpty() ? null : positions.get(wanted.toLowerCase(Locale.ROOT));
			if (index != null) {
				indexes.put(field, index);
				headers.put(field, header.get(index));
			}
			else if (kind.required().contains(field)) {
				problems.add(new RowProblem(CsvTable.HEADER_LINE, wanted.isEmpty() ? field : wanted, field,
						Sentences.of("csv.missing-column", wanted.isEmpty() ? field : wanted, field)));
			}
		}
		if (kind == CsvKind.CONTACTS && !indexes.containsKey("name") && !indexes.containsKey("lastName")) {
			String wanted = overrides.getOrDefault("name", preset.header(kind, "name"));
			problems.add(new RowProblem(CsvTable.HEADER_LINE, wanted.isEmpty() ? "name" : wanted, "name",
					Sentences.of("csv.missing-name-column")));
		}
		if (!problems.isEmpty()) {
			throw new CsvRejected(problems, null);
		}
		return new CsvMapping(kind, Map.copyOf(indexes), Map.copyOf(headers));
	}

	boolean has(String field) {
		return this.indexes.containsKey(field);
	}

	/** The header of this field's column, or the field itself when the file has none. */
	String column(String field) {
		return this.headers.getOrDefault(field, field);
	}

	/** The row's value of this field; null when blank or without a column. */
	@org.jspecify.annotations.Nullable
	String value(CsvTable.Row row, String field) {
		Integer index = this.indexes.get(field);
		return (index != null) ? row.at(index) : null;
	}

}
