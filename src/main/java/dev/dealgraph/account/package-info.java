/** Customer organisations: the accounts our deals are at. */
@NullMarked
package dev.dealgraph.account;

import org.jspecify.annotations.NullMarked;
