/**
 * Who may use dealgraph and what they may see: users, teams, teams' grants on accounts,
 * API keys (kept only as hashes) and company tokens, the security filter chain, and the
 * admin API that manages them. Features judge each object through
 * {@link dev.dealgraph.system.Scope}; this module decides who the caller is.
 */
@NullMarked
package dev.dealgraph.access;

import org.jspecify.annotations.NullMarked;
