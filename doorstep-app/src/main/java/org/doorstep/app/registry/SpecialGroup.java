package org.doorstep.app.registry;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The special groups a community looks after. All are recorded by the community except {@link #INFANT_UNDER_3},
 * which follows from the birth date and is never stored.
 */
public enum SpecialGroup {
    ELDERLY_LIVING_ALONE("独居老人", true),
    /** Elderly with special difficulties, visited monthly; the kind of difficulty is health data and encrypted. */
    ELDERLY_SPECIAL_DIFFICULTY("特殊困难老人", true),
    DISABLED("残疾人", false),
    INFANT_UNDER_3("婴幼儿", false),
    LOW_INCOME("低收入", false);

    /** The youngest age of the elderly groups. */
    static final int ELDERLY_FROM_AGE = 60;

    private final String label;
    private final boolean elderly;

    SpecialGroup(String label, boolean elderly) {
        this.label = label;
        this.elderly = elderly;
    }

    /** The Chinese name clerks use, accepted in imports alongside the code. */
    public String label() {
        return label;
    }

    /** True for a group only residents aged {@value #ELDERLY_FROM_AGE} or more belong to. */
    public boolean isElderly() {
        return elderly;
    }

    /** True for a group that follows from other data and is not stored. */
    public boolean isDerived() {
        return this == INFANT_UNDER_3;
    }

    /** An unmodifiable copy in declaration order, so that lists and files show groups the same way every time. */
    static Set<SpecialGroup> ordered(Collection<SpecialGroup> groups) {
        EnumSet<SpecialGroup> copy = EnumSet.noneOf(SpecialGroup.class);
        copy.addAll(groups);
        return Collections.unmodifiableSet(copy);
    }

    /** Reads a code (any case) or a Chinese label. */
    static Optional<SpecialGroup> parse(String text) {
        String trimmed = text.trim();
        for (SpecialGroup group : values()) {
            if (group.name().equals(trimmed.toUpperCase(Locale.ROOT)) || group.label.equals(trimmed)) {
                return Optional.of(group);
            }
        }
        return Optional.empty();
    }
}
