package org.doorstep.app.planning;

import org.jspecify.annotations.Nullable;

/**
 * One what-if edit: {@code add} a facility of {@code category} at ({@code lon}, {@code lat}), {@code move} facility
 * {@code facilityId} there, or {@code close} it. Facility ids are the registry's, or the negative ids the session gave
 * the facilities added in it.
 */
public record WhatIfEdit(
        @Nullable String kind,
        @Nullable String category,
        @Nullable Long facilityId,
        @Nullable Double lon,
        @Nullable Double lat) {}
