package org.doorstep.app.childcare;

/**
 * An age group of childcare classes: children from {@code fromMonths} (inclusive) to {@code toMonths} (exclusive) of
 * age, at most {@code childrenPerCarer} children for each carer on duty and {@code maxChildren} in one class.
 */
record AgeGroup(String code, int fromMonths, int toMonths, int childrenPerCarer, int maxChildren) {

    /** How many children a class of this group may take with the carers on duty. */
    int capacity(int carers) {
        return Math.min(carers * childrenPerCarer, maxChildren);
    }

    boolean admits(int ageMonths) {
        return ageMonths >= fromMonths && ageMonths < toMonths;
    }
}
