/**
 * Residents' service requests (repairs, housekeeping, sanitation, elderly care, noise), published as Open311
 * GeoReport v2 under {@code /open311/v2/} in JSON and XML, with richer internal states behind {@code open}/{@code
 * closed}, a promised date and an overdue flag, duplicate detection near the same place and "+1"s, routing to an
 * operator or a department by service and place, work orders to operators, residents' ratings and operator
 * scorecards. Reporter contact details are encrypted. {@link org.doorstep.app.request.RequestSignals} is the public
 * read for planning.
 */
@NullMarked
package org.doorstep.app.request;

import org.jspecify.annotations.NullMarked;
