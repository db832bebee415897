/**
 * Places: city, district, street and community with their national division codes and boundaries, and the compounds
 * and buildings inside communities. Other modules name places by id through {@link org.doorstep.app.place.Places}.
 * The REST API under {@code /api/places} reads the hierarchy, imports a city from the national division files and
 * places or boundaries from GeoJSON, and exports communities as GeoJSON.
 */
@NullMarked
package org.doorstep.app.place;

import org.jspecify.annotations.NullMarked;
