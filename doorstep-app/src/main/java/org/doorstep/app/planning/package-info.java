/**
 * Planning: the one module that runs the engine. It imports a city's buildings and facilities from OpenStreetMap,
 * seeds the demo city from the engine's generator, and serves planners: evaluation runs, what-if sessions held in
 * memory, site recommendations from the candidate sites and the life-circle standards per community.
 */
@NullMarked
package org.doorstep.app.planning;

import org.jspecify.annotations.NullMarked;
