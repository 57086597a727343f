package dev.dealgraph.importing.csv;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** A file with bad rows, or one that cannot be read at all: nothing was written. */
class CsvRejected extends RuntimeException {

	private final List<RowProblem> problems;

	private final @Nullable String importId;

	CsvRejected(List<RowProblem> problems, @Nullable String importId) {
		super(problems.size() + " bad row(s), first " + problems.get(0));
		this.problems = List.copyOf(problems);
		this.importId = importId;
	}

	List<RowProblem> problems() {
		return this.problems;
	}

	@Nullable String importId() {
		return this.importId;
	}

}
