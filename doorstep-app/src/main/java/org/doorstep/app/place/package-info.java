/**
 * Places: city, district, street and community with their national division codes and boundaries, and the compounds
 * and buildings inside communities. Other modules name places by id through {@link org.doorstep.app.place.Places}.
 */
@NullMarked
package org.doorstep.app.place;

import org.jspecify.annotations.NullMarked;
