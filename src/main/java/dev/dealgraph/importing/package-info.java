/** Whole map documents in and out: validated as a whole, written in one transaction. */
@NullMarked
package dev.dealgraph.importing;

import org.jspecify.annotations.NullMarked;
