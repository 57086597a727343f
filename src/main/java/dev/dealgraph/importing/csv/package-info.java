/**
 * CRM files in and out: contact, contact-role and tie files read with Commons CSV, mapped
 * to map documents, checked and written by {@code MapImport}, every bad row named by line
 * and column; people and ties exported as formula-safe CSV.
 */
@NullMarked
package dev.dealgraph.importing.csv;

import org.jspecify.annotations.NullMarked;
