/**
 * Configuration shared by every feature: the embedded Neo4j, schema migrations, write
 * retries, identifiers and the mapping of failures to RFC 9457 problem details.
 */
@NullMarked
package dev.dealgraph.system;

import org.jspecify.annotations.NullMarked;
