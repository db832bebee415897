package org.doorstep.app.facility;

/** A kind of facility within a service category, for example {@code canteen} (社区食堂) in {@code meals}. */
record FacilityType(String code, String category, String nameZh, String nameEn) {}
