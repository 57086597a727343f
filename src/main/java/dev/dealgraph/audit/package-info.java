/**
 * An append-only record of every write: who (user and key), when, what (operation,
 * object, the changed fields before and after) and which people, colleagues, deals and
 * accounts it names. Owners record inside their own write transaction, so an entry
 * commits or rolls back with the change it describes. Admins read it; nothing changes it
 * except an erasure, which pseudonymises the person it names.
 */
@NullMarked
package dev.dealgraph.audit;

import org.jspecify.annotations.NullMarked;
