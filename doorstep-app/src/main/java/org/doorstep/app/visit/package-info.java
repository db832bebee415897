/**
 * Monthly home visits to elderly residents with special difficulties: visit plans (one per eligible resident and
 * month, each with a visitor), visit records with their outcome and findings (health findings encrypted, every read
 * audited), follow-up tasks, the overdue list and the monthly visit rate. Community workers and street officers work
 * inside their places; planners read rates as suppressed aggregates only. {@link org.doorstep.app.visit.VisitRates}
 * is the public read for the oversight dashboard.
 */
@NullMarked
package org.doorstep.app.visit;

import org.jspecify.annotations.NullMarked;
