package org.doorstep.engine.city;

import org.locationtech.jts.geom.Polygon;

/**
 * A community (社区, a residents' committee area): the unit that standards are checked for and that a community worker
 * serves. Its boundary is in degrees (x = longitude, y = latitude).
 *
 * @param code national division code where known (12 digits), else a local code; unique within a city
 * @param name display name, for example 幸福里社区
 * @param district name of the district (区) it belongs to, or the empty string
 * @param street name of the street (街道) it belongs to, or the empty string
 * @param boundary the community's area
 * @param origin how the boundary was obtained: {@code registry}, {@code osm}, {@code generated} or {@code estimated}
 *     (an area drawn around a community centre where no boundary exists)
 */
public record Community(String code, String name, String district, String street, Polygon boundary, String origin) {}
