/**
 * Planning: the one module that runs the engine. It imports a city's buildings and facilities from OpenStreetMap,
 * seeds the demo city from the engine's generator, and (growing) runs evaluations for planners.
 */
@NullMarked
package org.doorstep.app.planning;

import org.jspecify.annotations.NullMarked;
