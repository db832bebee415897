package org.doorstep.app.account;

import java.io.Serializable;
import java.util.Collection;
import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A user's grants by kind, each set sorted and unmodifiable. Serializable because it travels in the signed-in
 * principal, which the servlet session may persist.
 */
public record Grants(SortedSet<Long> places, SortedSet<Long> facilities, SortedSet<Long> households)
        implements Serializable {

    public Grants {
        places = Collections.unmodifiableSortedSet(new TreeSet<>(places));
        facilities = Collections.unmodifiableSortedSet(new TreeSet<>(facilities));
        households = Collections.unmodifiableSortedSet(new TreeSet<>(households));
    }

    /** Sorts {@code user_scope} rows into the three sets; repeated rows count once. */
    static Grants of(Collection<Grant> grants) {
        SortedSet<Long> places = new TreeSet<>();
        SortedSet<Long> facilities = new TreeSet<>();
        SortedSet<Long> households = new TreeSet<>();
        for (Grant grant : grants) {
            SortedSet<Long> target =
                    switch (grant.kind()) {
                        case PLACE -> places;
                        case FACILITY -> facilities;
                        case HOUSEHOLD -> households;
                    };
            target.add(grant.targetId());
        }
        return new Grants(places, facilities, households);
    }

    /** The access scope of a user with these grants; no grants give a scope that sees nothing (unless admin). */
    public AccessScope scopeFor(long userId, String username, Role role) {
        return new AccessScope(userId, username, role, places, facilities, households);
    }
}
