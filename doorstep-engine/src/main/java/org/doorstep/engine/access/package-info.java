/**
 * Walking access per service category: the nearest facility of every building, the facilities within minute
 * thresholds, and supply-to-demand ratios by the two-step floating catchment (2SFCA, E2SFCA).
 */
@org.jspecify.annotations.NullMarked
package org.doorstep.engine.access;
