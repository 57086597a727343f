/**
 * The deal-planning page for account teams, served under {@code /app/}: a small
 * single-page application of static files (plain ES modules, Cytoscape.js and ECharts
 * from WebJars) that reads and writes through the public REST API with the caller's own
 * API key, so it shows exactly what the API answers and only what the team may see. Its
 * words come from the {@code i18n/app} bundle through {@code /app/messages}.
 */
@NullMarked
package dev.dealgraph.app;

import org.jspecify.annotations.NullMarked;
