package dev.dealgraph.privacy;

/**
 * What an erasure removed. Holds no personal data.
 *
 * @param pseudonym the name the person now goes by in the audit
 * @param people the person (1)
 * @param ties their ties removed
 * @param dealFacts their deal facts removed
 * @param auditEntries stored audit entries pseudonymised
 */
record Erased(String pseudonym, int people, int ties, int dealFacts, long auditEntries) {
}
