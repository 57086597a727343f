package dev.dealgraph.deal;

import dev.dealgraph.system.Ids;
import dev.dealgraph.system.MaxCodePoints;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * One of our colleagues on a deal's team.
 *
 * @param colleagueId the colleague
 * @param role what they do on this deal, e.g. Account Executive
 */
public record TeamMember(@NotNull @Pattern(regexp = Ids.REGEX, message = Ids.MESSAGE) String colleagueId,
		@Nullable @MaxCodePoints(100) String role) {
}
