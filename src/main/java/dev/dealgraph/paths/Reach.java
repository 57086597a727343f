package dev.dealgraph.paths;

/**
 * How well our people reach one person: the score of the best path from the deal team
 * within the hop limit, as the path engine scores it (product of the tie strengths and of
 * the attitude factors of everyone in between; opponents never stand in between).
 *
 * @param score the best path's score, in (0, 1]
 * @param hops how many hops it takes
 * @param fromId the colleague it starts from
 * @param firstHopId whom that colleague approaches first (the person reached, for a
 * direct tie)
 */
public record Reach(double score, int hops, String fromId, String firstHopId) {
}
