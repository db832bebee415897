/** Shortest walking times over a {@code WalkGraph}: the int heap and the multi-source Dijkstra search. */
@org.jspecify.annotations.NullMarked
package org.doorstep.engine.search;
