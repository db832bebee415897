/**
 * Residents and households per building: the registry's counts where they exist, otherwise an estimate spread over
 * residential floor area with a census age structure, always flagged as estimated.
 */
@org.jspecify.annotations.NullMarked
package org.doorstep.engine.population;
