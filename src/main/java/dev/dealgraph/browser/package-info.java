/**
 * Neo4j Browser for key-account teams: the application serves Browser's static files in
 * embedded mode, pre-set to connect to the embedded Bolt port, together with the
 * dealgraph style, guide and saved queries; and a read-only Cypher function that lets
 * Browser colour people by their attitude on one deal.
 */
@NullMarked
package dev.dealgraph.browser;

import org.jspecify.annotations.NullMarked;
