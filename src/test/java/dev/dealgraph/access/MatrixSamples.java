package dev.dealgraph.access;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The demo objects one team's cells name, all at (or tied into) one account. Ties are
 * {@code TYPE/from/to} and stakeholder facts {@code dealId/personId}. The {@code doomed}
 * ones are deleted by their own team's editor, last of all, so no other cell names them
 * afterwards.
 *
 * @param account the account
 * @param deal a deal at it
 * @param person a person working at it
 * @param fact a stakeholder fact on {@code deal}
 * @param tie a tie between two of its people
 * @param cross its end of the demo's one tie between the two accounts
 * @param spare someone the caller may place on {@code deal} and tie to {@code person},
 * who is on neither yet
 * @param doomedPerson a person to delete
 * @param doomedDeal a deal to delete
 * @param doomedFact a stakeholder fact to delete
 * @param doomedTie a tie to delete
 * @param erasable a person to erase on request, made for it (an erasure cannot be undone:
 * it keeps the id from being stored again)
 * @param interaction a demo interaction with one of its people
 */
record MatrixSamples(String account, String deal, String person, String fact, String tie, String cross, String spare,
		String doomedPerson, String doomedDeal, String doomedFact, String doomedTie, String erasable,
		String interaction) {

	static final MatrixSamples KESTREL = new MatrixSamples("kestrel", "kestrel-wms", "stefan-kruger",
			"kestrel-wms/maria-jose-nunez", "KNOWS/stefan-kruger/maria-jose-nunez", "stefan-kruger", "kwame-mensah",
			"thabo-nkosi", "kestrel-yard", "kestrel-telematics/zoe-laurent", "KNOWS/dmitri-volkov/siobhan-obrien",
			"erasable-kestrel", "demo-i31");

	static final MatrixSamples NORDLICHT = new MatrixSamples("nordlicht", "nordlicht-field", "juergen-baumann",
			"nordlicht-field/juergen-baumann", "INFLUENCES/elif-yilmaz/juergen-baumann", "elif-yilmaz", "marco-bianchi",
			"soren-kjaer", "nordlicht-grid", "nordlicht-field/elif-yilmaz", "REPORTS_TO/elif-yilmaz/juergen-baumann",
			"erasable-nordlicht", "demo-i52");

	/**
	 * The same shape with every id replaced by one nothing has ({@code nothing-1}, ...),
	 * the same id always by the same one; tie types stay.
	 */
	MatrixSamples missing() {
		Map<String, String> swap = swap();
		UnaryOperator<String> twin = (value) -> {
			StringBuilder out = new StringBuilder();
			for (String part : value.split("/")) {
				out.append(out.isEmpty() ? "" : "/").append(swap.getOrDefault(part, part));
			}
			return out.toString();
		};
		return new MatrixSamples(twin.apply(this.account), twin.apply(this.deal), twin.apply(this.person),
				twin.apply(this.fact), twin.apply(this.tie), twin.apply(this.cross), twin.apply(this.spare),
				twin.apply(this.doomedPerson), twin.apply(this.doomedDeal), twin.apply(this.doomedFact),
				twin.apply(this.doomedTie), twin.apply(this.erasable), twin.apply(this.interaction));
	}

	/** Each id of these samples and the one {@link #missing()} puts in its place. */
	Map<String, String> swap() {
		Map<String, String> swap = new LinkedHashMap<>();
		for (String value : new String[] { this.account, this.deal, this.person, this.fact, this.tie, this.cross,
				this.spare, this.doomedPerson, this.doomedDeal, this.doomedFact, this.doomedTie, this.erasable,
				this.interaction }) {
			for (String part : value.split("/")) {
				if (!part.equals(part.toUpperCase()) && !swap.containsKey(part)) {
					swap.put(part, "nothing-" + (swap.size() + 1));
				}
			}
		}
		return swap;
	}

	/** What a list or an export of everything the caller may read must hold. */
	List<String> owns() {
		return List.of(this.account, this.deal, this.person);
	}

	/** The two people of {@link #tie}. */
	List<String> tieEnds() {
		String[] parts = this.tie.split("/");
		return List.of(parts[1], parts[2]);
	}

	/** The stakeholder endpoint of a {@code dealId/personId} fact. */
	static String stakeholder(String fact) {
		String[] ids = fact.split("/");
		return "/api/v1/deals/" + ids[0] + "/stakeholders/" + ids[1];
	}

	/** The endpoint of a {@code TYPE/from/to} tie. */
	static String relationship(String tie) {
		return "/api/v1/relationships/" + tie;
	}

}
