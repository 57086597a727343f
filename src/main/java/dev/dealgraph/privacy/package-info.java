/**
 * Personal-data rights as CRM vendors implement them: everything held about a person in
 * one answer (GDPR Art. 15), and erasure on request (Art. 17) that removes the person
 * with their ties and deal facts, pseudonymises them in the audit and keeps a
 * suppression, so they are not imported again by mistake.
 */
@NullMarked
package dev.dealgraph.privacy;

import org.jspecify.annotations.NullMarked;
