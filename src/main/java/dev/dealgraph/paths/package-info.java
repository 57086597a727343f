/**
 * Best paths from our people to a deal's decision-makers: a projection of every tie kept
 * in memory and fresh across instances, the engine in {@code paths.engine}, and the REST
 * answers that explain each hop in words.
 */
@NullMarked
package dev.dealgraph.paths;

import org.jspecify.annotations.NullMarked;
