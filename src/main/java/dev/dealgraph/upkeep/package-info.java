/**
 * Keeping relationships warm: the interactions an account team records with the people at
 * its accounts. Recording one moves the last contact of the tie between the two, so the
 * paths and the assessment see how fresh each tie is.
 */
@NullMarked
package dev.dealgraph.upkeep;

import org.jspecify.annotations.NullMarked;
