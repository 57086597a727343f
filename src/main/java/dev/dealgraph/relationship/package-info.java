/** Ties between individuals: KNOWS, INFLUENCES, REPORTS_TO and CONFLICTS_WITH. */
@NullMarked
package dev.dealgraph.relationship;

import org.jspecify.annotations.NullMarked;
