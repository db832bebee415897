/**
 * Childcare for children under 3 (托育): full-day, half-day, timed and temporary care as booking services, classes
 * (sessions) for one age group whose capacity follows the carer-to-child ratio and class size of that group, enrolment
 * that checks the child's age in months from the registry's birth date, and monthly fees per household.
 */
@NullMarked
package org.doorstep.app.childcare;

import org.jspecify.annotations.NullMarked;
