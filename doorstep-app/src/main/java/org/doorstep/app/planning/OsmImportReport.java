package org.doorstep.app.planning;

/**
 * What an OpenStreetMap import wrote into a city.
 *
 * @param buildingsOutside residential buildings of the file that no community of the city covers, left out
 * @param buildingsAlreadyRegistered buildings of the file the registry already holds (an overlapping extract), kept
 * @param communitiesEstimated communities drawn around community centres because the city had no boundaries
 * @param attribution the data's licence notice, to show with anything drawn from it
 */
public record OsmImportReport(
        String source,
        long cityId,
        int buildings,
        int buildingsOutside,
        int buildingsAlreadyRegistered,
        int facilities,
        int facilitiesOutside,
        int facilitiesAlreadyRegistered,
        int communitiesEstimated,
        int graphNodes,
        int graphEdges,
        String attribution) {

    static final String OSM_ATTRIBUTION = "© OpenStreetMap contributors, ODbL 1.0";
}
