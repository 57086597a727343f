package dev.dealgraph.paths;

import java.util.List;

import dev.dealgraph.deal.Attitude;
import dev.dealgraph.deal.Influence;
import dev.dealgraph.deal.Role;
import dev.dealgraph.person.Side;
import org.jspecify.annotations.Nullable;

/**
 * Someone on a path, with what they are in the deal asked about.
 *
 * @param id the person's or colleague's id
 * @param name display name
 * @param title job title
 * @param side ours, the customer's, or outside both
 * @param roles roles in this deal; empty when not on it
 * @param attitude attitude in this deal; null when not on it
 * @param influence influence in this deal; null when not on it or not known
 */
public record Individual(String id, String name, @Nullable String title, Side side, List<Role> roles,
		@Nullable Attitude attitude, @Nullable Influence influence) {

}
