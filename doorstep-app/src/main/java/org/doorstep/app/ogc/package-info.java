/**
 * OGC API – Features (Part 1: core, GeoJSON, OpenAPI 3.0) under {@code /ogc/} for the map layers, so that QGIS and
 * GDAL read them directly: facilities, communities, buildings with their walking times, and blind spots. The
 * collections follow the API's scope rules: no personal data, small counts suppressed by the modules that own them.
 */
@NullMarked
package org.doorstep.app.ogc;

import org.jspecify.annotations.NullMarked;
