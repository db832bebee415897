/**
 * The walking network: its compressed-sparse-row graph, walking profiles, connected components and islands, and the
 * snapping of buildings and facilities onto its edges.
 */
@org.jspecify.annotations.NullMarked
package org.doorstep.engine.graph;
