package dev.dealgraph.relationship;

import java.time.LocalDate;

import dev.dealgraph.system.ValidId;
import jakarta.validation.constraints.NotNull;

/**
 * An earlier step of a KNOWS tie's trust progression that an import brings (say, from a
 * CRM's history): from that day on, the tie between {@code from} and {@code to} stood at
 * {@code level}. The tie itself must be in the same document.
 *
 * @param from one end of the KNOWS tie
 * @param to the other end
 * @param level the level it took that day
 * @param on the day, at the latest today
 */
public record TrustMark(@NotNull @ValidId String from, @NotNull @ValidId String to, @NotNull TrustLevel level,
		@NotNull LocalDate on) {

}
