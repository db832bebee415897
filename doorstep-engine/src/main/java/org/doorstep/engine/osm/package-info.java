/**
 * The OpenStreetMap import: reads an {@code .osm.pbf} or {@code .osm} XML file into a {@link
 * org.doorstep.engine.city.CityData} (walking graph, residential buildings, facilities by category). The entry point is
 * {@link org.doorstep.engine.osm.OsmCityReader}; which tags count is decided in {@code WalkableWayFilter}, {@code
 * BuildingTags} and {@code FacilityTagTable}.
 */
@org.jspecify.annotations.NullMarked
package org.doorstep.engine.osm;
