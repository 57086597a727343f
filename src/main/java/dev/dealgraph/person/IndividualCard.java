package dev.dealgraph.person;

import org.jspecify.annotations.Nullable;

/**
 * A person or colleague as a list of names shows them.
 *
 * @param id the person's or colleague's id
 * @param name display name
 * @param title job title
 * @param side ours, the customer's, or outside both
 */
public record IndividualCard(String id, String name, @Nullable String title, Side side) {
}
