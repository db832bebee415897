package org.doorstep.app.ledger;

/** What a ledger entry is: three kinds of income and one of cost. */
public enum LedgerKind {
    /** Fees paid by users of the facility's services. */
    FEE,
    /** Government subsidies (meal subsidies, operating subsidies). */
    SUBSIDY,
    /** Income from the commercial part of the space, which cross-subsidises the public-welfare part. */
    COMMERCIAL_INCOME,
    COST;

    /** +1 for income, -1 for cost: the entry's sign in the balance. */
    int sign() {
        return this == COST ? -1 : 1;
    }
}
