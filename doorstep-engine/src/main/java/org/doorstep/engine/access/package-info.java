/**
 * Walking access per service category: the nearest facility of every building, the facilities within minute
 * thresholds, and supply-to-demand ratios by the two-step floating catchment (2SFCA, E2SFCA); the reach of candidate
 * sites ({@link org.doorstep.engine.access.PointReach}) and incremental what-if changes of one facility ({@link
 * org.doorstep.engine.access.WhatIf}) under the same walking model.
 */
@org.jspecify.annotations.NullMarked
package org.doorstep.engine.access;
