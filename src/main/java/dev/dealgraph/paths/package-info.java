/**
 * Best paths from our people to a deal's decision-makers: a read model of every tie, name
 * and deal fact kept in memory and patched from a change log so it stays fresh across
 * instances, the engine in {@code paths.engine}, and the REST answers that explain each
 * hop in words, in English or Simplified Chinese ({@code i18n/paths} bundles). The read
 * model holds no Cypher of its own: people, ties and deal facts come from the read
 * classes of the features that own them ({@code person.IndividualReads},
 * {@code relationship.TieReads}, {@code deal.DealFactReads}).
 */
@NullMarked
package dev.dealgraph.paths;

import org.jspecify.annotations.NullMarked;
