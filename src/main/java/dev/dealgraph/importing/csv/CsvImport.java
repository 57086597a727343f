package dev.dealgraph.importing.csv;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import dev.dealgraph.importing.ImportResult;
import org.jspecify.annotations.Nullable;

/**
 * One CSV import while the application keeps it: who started it, how far it got, and the
 * staged rows until it is published. Requests read its {@link Status}.
 */
final class CsvImport {

	/** Where an import is. */
	enum State {

		/** The file is being read. */
		READING,
		/** Checked; nothing written yet, ready to publish. */
		VALIDATED,
		/** Bad rows and no skipping: nothing written, nothing to publish. */
		REJECTED,
		/** Being written in one transaction. */
		PUBLISHING,
		/** Written. Publishing again changes nothing. */
		PUBLISHED,
		/** The write failed and was rolled back; publishing again retries it. */
		FAILED

	}

	/**
	 * What a caller sees of an import.
	 *
	 * @param id the import id
	 * @param kind what the file holds
	 * @param state where it is
	 * @param rowsRead data rows read so far
	 * @param rowsBad rows with problems
	 * @param rowsWritten rows written (0 until published)
	 * @param problems the bad rows, by line and column; skipped ones when skipping
	 * @param result what the write did, per kind of item, once published
	 * @param createdAt when it started
	 * @param updatedAt when it last changed
	 */
	record Status(String id, CsvKind kind, State state, int rowsRead, int rowsBad, int rowsWritten,
			List<RowProblem> problems, @Nullable ImportResult result, Instant createdAt, Instant updatedAt) {

		Status withProblems(List<RowProblem> said) {
			return new Status(this.id, this.kind, this.state, this.rowsRead, this.rowsBad, this.rowsWritten, said,
					this.result, this.createdAt, this.updatedAt);
		}

	}

	final String id;

	final String owner;

	final CsvKind kind;

	final String fingerprint;

	private final Instant createdAt = Instant.now();

	private Instant updatedAt = this.createdAt;

	private State state = State.READING;

	private int rowsRead;

	private List<RowProblem> problems = List.of();

	private Set<Integer> badLines = Set.of();

	private int rowsWritten;

	private @Nullable ImportResult result;

	private @Nullable Staged staged;

	CsvImport(String id, String owner, CsvKind kind, String fingerprint) {
		this.id = id;
		this.owner = owner;
		this.kind = kind;
		this.fingerprint = fingerprint;
	}

	synchronized void read(int rows) {
		this.rowsRead = rows;
		this.updatedAt = Instant.now();
	}

	synchronized void checked(Staged rows, List<RowProblem> found, Set<Integer> lines, boolean usable) {
		this.rowsRead = rows.rowsRead();
		this.problems = List.copyOf(found);
		this.badLines = Set.copyOf(lines);
		this.state = usable ? State.VALIDATED : State.REJECTED;
		this.staged = usable ? rows : null;
		this.updatedAt = Instant.now();
	}

	/** Takes the import for publishing; false when it is published already. */
	synchronized boolean startPublishing() {
		if (this.state == State.PUBLISHED) {
			return false;
		}
		if (this.state != State.VALIDATED && this.state != State.FAILED) {
			throw new IllegalStateException(this.state.name());
		}
		this.state = State.PUBLISHING;
		this.updatedAt = Instant.now();
		return true;
	}

	synchronized void published(ImportResult written, int rows) {
		this.state = State.PUBLISHED;
		this.result = written;
		this.rowsWritten = rows;
		this.staged = null;
		this.updatedAt = Instant.now();
	}

	synchronized void failed(List<RowProblem> found) {
		this.state = State.FAILED;
		if (!found.isEmpty()) {
			this.problems = List.copyOf(found);
		}
		this.updatedAt = Instant.now();
	}

	synchronized State state() {
		return this.state;
	}

	synchronized @Nullable Staged staged() {
		return this.staged;
	}

	synchronized Set<Integer> badLines() {
		return this.badLines;
	}

	synchronized Status status() {
		return new Status(this.id, this.kind, this.state, this.rowsRead, this.badLines.size(), this.rowsWritten,
				this.problems, this.result, this.createdAt, this.updatedAt);
	}

}
