package org.doorstep.app.place;

import java.util.List;

/** One place with the places above it, city first: what a breadcrumb shows. */
record PlaceDetail(Place place, List<Place> ancestors) {}
