package org.doorstep.app.place;

/** One row of the division files: a unit's code, its name and the code of the unit above it. */
record Division(String code, String name, String parentCode) {}
