package dev.dealgraph.importing.csv;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.dealgraph.deal.Role;
import dev.dealgraph.importing.ImportResult;
import dev.dealgraph.importing.MapImport;
import dev.dealgraph.importing.csv.CsvImport.State;
import dev.dealgraph.importing.csv.CsvImport.Status;
import dev.dealgraph.system.Caller;
import dev.dealgraph.system.Callers;
import dev.dealgraph.system.ConflictException;
import dev.dealgraph.system.FieldProblem;
import dev.dealgraph.system.InvalidInputException;
import dev.dealgraph.system.NotFoundException;
import dev.dealgraph.system.Sentences;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;

/**
 * CSV imports: a file is read, mapped and checked as a whole; with bad rows nothing is
 * written, unless the caller skips them; then it is published in one transaction by
 * {@link MapImport}, which writes only what differs, so publishing again is harmless.
 * <p>
 * Imports are kept in this instance's memory (at most {@code maxKept}, each for
 * {@code keep} after its last use), under the caller's user and the import id: only that
 * user and admins see one. A restart forgets them; the data they published stays, and
 * sending the same file again with the same id finds nothing left to write.
 */
@Service
public class CsvImports {

	private final CsvSettings settings;

	private final MapImport mapImport;

	private final CsvDocument documents;

	private final Cache<String, Kept> imports;

	CsvImports(CsvSettings settings, MapImport mapImport, CsvDocument documents) {
		this.settings = settings;
		this.mapImport = mapImport;
		this.documents = documents;
		this.imports = Caffeine.newBuilder().maximumSize(settings.maxKept()).expireAfterAccess(settings.keep()).build();
	}

	/**
	 * How to read a file.
	 *
	 * @param kind what it holds
	 * @param preset the header names of its columns
	 * @param columns per field, a header that overrides the preset's
	 * @param roles per CRM role name, the deal role it stands for, beyond the known ones
	 * @param accountId the account of contacts whose row names none
	 * @param charset the encoding when the file has no byte-order mark
	 * @param separator the separator; judged from the header when null
	 * @param skipBadRows whether bad rows are left out rather than refusing the file
	 */
	public record Options(CsvKind kind, CsvPreset preset, Map<String, String> columns, Map<String, Role> roles,
			@Nullable String accountId, Charset charset, @Nullable CsvSeparator separator, boolean skipBadRows) {
	}

	private record Kept(CsvImport state, Options options) {
	}

	/**
	 * Reads and checks a file and, unless {@code dryRun}, publishes it. The same id with
	 * the same file and options continues that import; with another file it is a 409.
	 */
	Status submit(@Nullable String requestedId, byte[] body, Options options, boolean dryRun) {
		Caller caller = Callers.current();
		String id = (requestedId != null) ? requestedId : UUID.randomUUID().toString();
		String fingerprint = fingerprint(body, options);
		Kept fresh = new Kept(new CsvImport(id, caller.userId(), options.kind(), fingerprint), options);
		Kept kept = this.imports.asMap().putIfAbsent(key(caller.userId(), id), fresh);
		if (kept != null) {
			if (!kept.state().fingerprint.equals(fingerprint)) {
				throw new ConflictException(Sentences.of("csv.id-taken", id));
			}
			if (kept.state().state() == State.REJECTED) {
				throw new CsvRejected(kept.state().status().problems(), id);
			}
			return dryRun ? kept.state().status() : publish(kept);
		}
		try {
			check(fresh, body, dryRun);
		}
		catch (CsvRejected ex) {
			if (ex.importId() == null) {
				// the file could not be read at all: nothing to keep
				this.imports.invalidate(key(caller.userId(), id));
			}
			throw ex;
		}
		return dryRun ? fresh.state().status() : publish(fresh);
	}

	/** Publishes a checked import; a published one stays as it is. */
	Status publish(String id) {
		return publish(find(id));
	}

	Status status(String id) {
		return find(id).state().status();
	}

	private Kept find(String id) {
		Caller caller = Callers.current();
		Kept own = this.imports.getIfPresent(key(caller.userId(), id));
		if (own != null) {
			return own;
		}
		if (caller.admin()) {
			for (Kept kept : this.imports.asMap().values()) {
				if (kept.state().id.equals(id)) {
					return kept;
				}
			}
		}
		throw new NotFoundException("import", id);
	}

	private void check(Kept kept, byte[] body, boolean dryRun) {
		Options options = kept.options();
		CsvImport state = kept.state();
		CsvTable table = CsvTable.read(body, options.charset(), options.separator(), this.settings.maxRows(),
				state::read);
		CsvMapping mapping = CsvMapping.of(options.kind(), options.preset(), options.columns(), table.header());
		Staged staged = Staged.of(table, mapping, new CrmRoles(options.roles()), table.delimiter() == ';');
		if (!dryRun && !options.skipBadRows() && staged.problems().isEmpty()) {
			// the publish checks the same inside its transaction: a file that fails there
			// is checked again below, to name every bad row
			state.checked(staged, List.of(), Set.of(), true);
			return;
		}
		check(state, staged, options);
	}

	private void check(CsvImport state, Staged staged, Options options) {
		Set<Integer> bad = new HashSet<>(staged.badLines());
		List<RowProblem> found = new ArrayList<>(staged.problems());
		boolean whole = false;
		// the items' own fields are checked before the database is asked, so a second
		// round finds what the first hid; skipping goes on until what is left is clean
		for (int round = 0; round < 10; round++) {
			CsvDocument.Built built = this.documents.build(staged, bad, options.accountId());
			List<RowProblem> more = CsvDocument.locate(built, dryRun(built));
			if (more.isEmpty()) {
				break;
			}
			found.addAll(more);
			for (RowProblem problem : more) {
				bad.add(problem.line());
				whole |= problem.line() == CsvTable.HEADER_LINE;
			}
			if (whole || (!options.skipBadRows() && round == 1)) {
				break;
			}
		}
		found.sort(java.util.Comparator.comparingInt(RowProblem::line));
		boolean usable = found.isEmpty() || (options.skipBadRows() && !whole);
		state.checked(staged, found, bad, usable);
		if (!usable) {
			throw new CsvRejected(found, state.id);
		}
	}

	private List<FieldProblem> dryRun(CsvDocument.Built built) {
		try {
			return this.mapImport.dryRun(built.document());
		}
		catch (ConflictException ex) {
			if (ex.problems().isEmpty()) {
				throw ex;
			}
			return ex.problems();
		}
	}

	private Status publish(Kept kept) {
		CsvImport state = kept.state();
		try {
			if (!state.startPublishing()) {
				return state.status();
			}
		}
		catch (IllegalStateException ex) {
			throw new ConflictException(Sentences.of("csv.not-publishable", state.id, state.state()));
		}
		Staged staged = state.staged();
		if (staged == null) {
			state.failed(List.of());
			throw new ConflictException(Sentences.of("csv.not-publishable", state.id, state.state()));
		}
		CsvDocument.Built built = this.documents.build(staged, state.badLines(), kept.options().accountId());
		try {
			ImportResult result = this.mapImport.importDocument(built.document(), 2 * this.settings.maxRows());
			state.published(result, staged.rowsRead() - state.badLines().size());
			return state.status();
		}
		catch (InvalidInputException ex) {
			List<RowProblem> located = CsvDocument.locate(built, ex.problems());
			if (state.badLines().isEmpty() && !kept.options().skipBadRows()) {
				// published without a dry run: name every bad row, as one would have, and
				// leave the import rejected
				check(state, staged, kept.options());
			}
			state.failed(located);
			throw new CsvRejected(located, state.id);
		}
		catch (ConflictException ex) {
			if (ex.problems().isEmpty()) {
				state.failed(List.of());
				throw ex;
			}
			List<RowProblem> located = CsvDocument.locate(built, ex.problems());
			state.failed(located);
			throw new CsvRejected(located, state.id);
		}
		catch (RuntimeException ex) {
			state.failed(List.of());
			throw ex;
		}
	}

	private static String key(String userId, String id) {
		return userId + "/" + id;
	}

	private static String fingerprint(byte[] body, Options options) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			digest.update(body);
			digest.update(options.toString().getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
