package dev.dealgraph.access;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import dev.dealgraph.access.AccessMatrix.At;
import dev.dealgraph.access.AccessMatrix.Caller;
import dev.dealgraph.access.AccessMatrix.Cell;
import dev.dealgraph.access.MatrixHttp.Answer;
import dev.dealgraph.access.MatrixHttp.Req;
import org.jspecify.annotations.Nullable;

/**
 * The kinds of cells a row of the matrix asks for. Each makes, for one caller, the cells
 * that exercise an endpoint on the caller's own objects, the other team's, or ids nothing
 * has, and says what each must answer.
 */
final class MatrixProbes {

	/** The cells of one endpoint for one caller. */
	@FunctionalInterface
	interface Probe {

		List<Cell> cells(String endpoint, Caller caller, AccessMatrix matrix);

	}

	/** What an editor of the account gets, and what a reader gets. */
	record Status(int edit, int read) {

		int of(Caller caller) {
			return caller.edits() ? this.edit : this.read;
		}

	}

	private MatrixProbes() {
	}

	/** A list: the caller's own objects in it, nothing of the other team's. */
	static Probe list(Function<At, String> uri, Function<MatrixSamples, List<String>> expected) {
		return (endpoint, caller, m) -> List
			.of(cell(endpoint, caller, "own", Req.get(uri.apply(at(caller, caller.own()))), (req) -> {
				Answer answer = m.as(caller, req);
				return first(status(answer, 200), missingIds(answer, expected.apply(caller.own())),
						leak(m, caller, answer), m.unchangedButAudit());
			}));
	}

	/**
	 * A read of one object: 200 on the caller's own, the other team's exactly as missing.
	 */
	static Probe read(Function<At, String> uri) {
		return read(uri, (own) -> List.of());
	}

	/** A read whose answer to the caller names each of their {@code expected} ids. */
	static Probe read(Function<At, String> uri, Function<MatrixSamples, List<String>> expected) {
		Probe hidden = likeMissing((a) -> Req.get(uri.apply(a)), new Status(404, 404), true);
		return (endpoint, caller, m) -> {
			List<Cell> cells = new ArrayList<>(hidden.cells(endpoint, caller, m));
			cells.add(cell(endpoint, caller, "own", Req.get(uri.apply(at(caller, caller.own()))), (req) -> {
				Answer answer = m.as(caller, req);
				return first(status(answer, 200), missingIds(answer, expected.apply(caller.own())),
						leak(m, caller, answer), m.unchangedButAudit());
			}));
			return cells;
		};
	}

	/**
	 * The other team's ids answered exactly as ids nothing has: the same status, the same
	 * body once the ids are swapped, nothing written. A read must find the other team's
	 * object when an admin asks, so the cell cannot pass on a sample that is gone.
	 */
	static Probe likeMissing(Function<At, Req> request, Status expected) {
		return likeMissing(request, expected, false);
	}

	private static Probe likeMissing(Function<At, Req> request, Status expected, boolean mustExist) {
		return (endpoint, caller, m) -> {
			MatrixSamples missing = caller.other().missing();
			Req other = request.apply(at(caller, caller.other()));
			Req nothing = request.apply(at(caller, missing));
			Cell missingCell = cell(endpoint, caller, "missing", nothing, (req) -> {
				Answer answer = m.as(caller, req);
				return first(status(answer, expected.of(caller)), m.unchanged());
			});
			Cell otherCell = cell(endpoint, caller, "other", other, (req) -> {
				if (mustExist) {
					if (m.asAdmin(req).status() != 200) {
						return "the sample does not exist: " + req;
					}
					// an admin's export or personal-data read is in the audit, by design
					m.rebaseline();
				}
				Answer answer = m.as(caller, req);
				Answer reference = m.as(caller, nothing);
				String same = AccessMatrix.swapped(answer.body(), caller.other()).equals(reference.body()) ? null
						: "answers unlike a missing id: " + answer + " vs " + reference;
				return first(status(answer, expected.of(caller)), same, m.unchanged());
			});
			return List.of(otherCell, missingCell);
		};
	}

	/** A write or delete on the caller's own objects, or a create with a fresh id. */
	static Probe own(Function<At, Req> request, Status expected) {
		return (endpoint, caller, m) -> List.of(cell(endpoint, caller, "own", request.apply(at(caller, caller.own())),
				expected.of(caller) < 300, (req) -> {
					Answer answer = m.as(caller, req);
					if (expected.of(caller) < 300) {
						m.rebaseline();
						return status(answer, expected.of(caller));
					}
					return first(status(answer, expected.of(caller)), m.unchanged());
				}));
	}

	/**
	 * A create-or-replace on the other team's id: refused with exactly what a read of it
	 * answers, since ids are global and a second object with that id cannot be made.
	 */
	static Probe refusedLikeRead(Function<At, Req> request) {
		return (endpoint, caller, m) -> List
			.of(cell(endpoint, caller, "other", request.apply(at(caller, caller.other())), (req) -> {
				Answer answer = m.as(caller, req);
				Answer read = m.as(caller, Req.get(req.uri()));
				String same = answer.body().equals(read.body()) ? null
						: "says more than a read: " + answer + " vs " + read;
				return first(status(answer, 404), same, m.unchanged());
			}));
	}

	/** A write of the other team's object refused with a 400 naming the field. */
	static Probe refusedNaming(Function<At, Req> request, String field) {
		return (endpoint, caller, m) -> List
			.of(cell(endpoint, caller, "other", request.apply(at(caller, caller.other())), (req) -> {
				Answer answer = m.as(caller, req);
				String named = answer.body().contains("\"field\":\"" + field + "\"") ? null
						: "does not name " + field + ": " + answer;
				return first(status(answer, 400), named, m.unchanged());
			}));
	}

	/**
	 * The same answer for every caller, whatever their grants, and nothing written; the
	 * request may aim at the other team's samples.
	 */
	static Probe everyone(Function<At, Req> request, int expected) {
		return (endpoint, caller, m) -> List
			.of(cell(endpoint, caller, "any", request.apply(at(caller, caller.other())), (req) -> {
				Answer answer = m.as(caller, req);
				return first(status(answer, expected), leak(m, caller, answer), m.unchanged());
			}));
	}

	private static At at(Caller caller, MatrixSamples target) {
		return new At(target, caller.own(), caller.name());
	}

	private static Cell cell(String endpoint, Caller caller, String ids, Req req,
			Function<Req, @Nullable String> check) {
		return cell(endpoint, caller, ids, req, false, check);
	}

	private static Cell cell(String endpoint, Caller caller, String ids, Req req, boolean writes,
			Function<Req, @Nullable String> check) {
		// an erasure deletes, so it runs with the deletes, after every other cell
		String operation = switch (req.method()) {
			case "GET" -> req.uri().contains("export") ? "export" : "read";
			case "DELETE" -> "delete";
			default -> req.uri().endsWith("/erasure") ? "delete" : "write";
		};
		int phase = switch (operation) {
			case "delete" -> writes ? 4 : 3;
			case "write" -> writes ? 2 : 1;
			default -> 0;
		};
		return new Cell(endpoint, caller, ids, operation + " " + req, phase, () -> check.apply(req));
	}

	private static @Nullable String status(Answer answer, int expected) {
		return (answer.status() == expected) ? null : "expected " + expected + ", got " + answer;
	}

	private static @Nullable String missingIds(Answer answer, List<String> ids) {
		String lacking = AccessMatrix.lacks(answer.body(), ids);
		return (lacking == null) ? null : "lacks own '" + lacking + "': " + answer;
	}

	private static @Nullable String leak(AccessMatrix m, Caller caller, Answer answer) {
		String leaked = (answer.status() < 300) ? m.leak(caller, answer.body()) : null;
		return (leaked == null) ? null : "shows the other team's '" + leaked + "': " + answer;
	}

	private static @Nullable String first(@Nullable String... problems) {
		for (String problem : problems) {
			if (problem != null) {
				return problem;
			}
		}
		return null;
	}

}
