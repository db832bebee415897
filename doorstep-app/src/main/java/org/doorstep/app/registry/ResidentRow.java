package org.doorstep.app.registry;

/** A resident to insert or update: its household, that household's community, and its data. */
record ResidentRow(long householdId, long communityId, ResidentData data) {}
