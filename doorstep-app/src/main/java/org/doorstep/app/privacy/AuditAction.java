package org.doorstep.app.privacy;

/** What was done to personal data. */
public enum AuditAction {
    /** Read, masked or not (a list, one record, a look-up). */
    READ,
    /** Shown unmasked to a user who stated a reason. */
    REVEAL,
    CREATE,
    UPDATE,
    /** Erased; the audit row is what remains of it. */
    DELETE,
    /** Written from an uploaded file or a bulk load. */
    IMPORT,
    /** Written to a downloaded file. */
    EXPORT
}
