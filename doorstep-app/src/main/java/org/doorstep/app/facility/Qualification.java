package org.doorstep.app.facility;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A licence an operator holds, for example 食品经营许可证 for a canteen or 医疗机构执业许可证 for a health station.
 *
 * @param validUntil the last day it is valid, null where it does not expire
 */
public record Qualification(String licenceKind, String licenceNumber, @Nullable LocalDate validUntil) {}
