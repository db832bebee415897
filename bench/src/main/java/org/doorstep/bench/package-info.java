/**
 * The benchmark behind {@code ./doorstep bench}: the engine's pipeline on real and generated cities, timed phase by
 * phase, against GraphHopper 11.0 and a bare Dijkstra sweep on the same input.
 */
@org.jspecify.annotations.NullMarked
package org.doorstep.bench;
