package org.doorstep.app.registry;

import java.util.List;

/** One page of a list of residents, masked, and how many there are on all pages. */
record ResidentPage(List<MaskedResident> items, int page, int size, long total) {}
