/**
 * Deals, their team, and the deal-scoped facts about each stakeholder (roles, influence,
 * attitude), which live on the {@code IN_DEAL} edge, never on the person.
 */
@NullMarked
package dev.dealgraph.deal;

import org.jspecify.annotations.NullMarked;
