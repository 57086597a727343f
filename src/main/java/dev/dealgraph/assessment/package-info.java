/**
 * Deal assessment as a seasoned key-account manager judges a deal: coverage of the
 * deciding roles, red flags, a power map, hidden influencers, a win probability that
 * starts from the stage's base rate and moves with explained factors, and ranked next
 * moves phrased for each person's temperament; the same for an account and the whole
 * pipeline. It reads the path read model ({@code paths.ReadModel}), scoring ties after
 * age unless asked not to, and the follow-ups recorded on each deal
 * ({@code upkeep.FollowUps}); it holds no Cypher: rules and scoring are plain Java over a
 * {@link dev.dealgraph.assessment.DealCase}.
 */
@NullMarked
package dev.dealgraph.assessment;

import org.jspecify.annotations.NullMarked;
