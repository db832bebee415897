/**
 * Facilities and their management data: what a facility is (category, type, place, floor area, capacity per service
 * kind, opening hours, status, operating model), who runs it (operators with their qualifications), the site-for-service
 * contracts that grant space for public-welfare prices, and the candidate sites that could hold new facilities.
 *
 * <p>Management data is scoped: an operator sees and edits its own facilities only, community workers, street
 * officers and planners read the facilities of their places, administrators all; residents get none of it. Candidate
 * sites are planners' and administrators'. {@link org.doorstep.app.facility.FacilityService} is the system-level API
 * for seeding, the OSM import and planning.
 */
@NullMarked
package org.doorstep.app.facility;

import org.jspecify.annotations.NullMarked;
