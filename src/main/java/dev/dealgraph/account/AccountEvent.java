package dev.dealgraph.account;

import java.time.LocalDate;

import dev.dealgraph.system.MaxCodePoints;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * A dated event in the customer's own calendar that is worth a touch: a trade fair, an
 * opening, their fiscal year end.
 *
 * @param name what it is, in the team's words
 * @param date the day it happens, or happened first when it comes back every year
 * @param yearly whether it comes back on the same day every year (a fiscal year end, an
 * anniversary of the company); false when not given
 */
public record AccountEvent(@NotBlank @MaxCodePoints(200) String name, @NotNull LocalDate date, Boolean yearly) {

	public AccountEvent {
		// left out or null: a one-off
		yearly = Boolean.TRUE.equals(yearly);
	}

}
