package dev.dealgraph.system;

/** The node labels of the model; Cypher labels come from here, never from input. */
public enum NodeLabel {

	Account("account"), Person("person"), Colleague("colleague"), Deal("deal");

	private final String noun;

	NodeLabel(String noun) {
		this.noun = noun;
	}

	public String noun() {
		return this.noun;
	}

}
