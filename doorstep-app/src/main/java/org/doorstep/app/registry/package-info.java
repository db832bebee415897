/**
 * The registry of households and residents with their special groups (elderly living alone or with special
 * difficulties, disabled, infants under 3, low income): kept by community workers, read by individual only inside the
 * reader's scope and always audited, seen by planners only as suppressed aggregates. ID numbers, phones and health
 * data are encrypted at rest and masked unless a permitted user states a reason. Other modules use
 * {@link org.doorstep.app.registry.RegistryService}, and in SQL only the {@code building_residents} view (registered
 * residents per building, unsuppressed: whoever shows a figure from it suppresses small ones).
 */
@NullMarked
package org.doorstep.app.registry;

import org.jspecify.annotations.NullMarked;
