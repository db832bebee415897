/**
 * Site selection for new facilities: maximal covering location over candidate sites (k sites or a budget), solved by
 * lazy greedy and 1-swap local search, checked against an exact CP-SAT model with the gap reported.
 */
@org.jspecify.annotations.NullMarked
package org.doorstep.engine.siting;
