package dev.dealgraph.deal;

import dev.dealgraph.system.MaxCodePoints;
import dev.dealgraph.system.ValidId;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/**
 * One of our colleagues on a deal's team.
 *
 * @param colleagueId the colleague
 * @param role what they do on this deal, e.g. Account Executive
 */
public record TeamMember(@NotNull @ValidId String colleagueId, @Nullable @MaxCodePoints(100) String role) {
}
