/** People on the customer side or outside both companies, and our own colleagues. */
@NullMarked
package dev.dealgraph.person;

import org.jspecify.annotations.NullMarked;
