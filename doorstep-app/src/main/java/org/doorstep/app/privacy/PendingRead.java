package org.doorstep.app.privacy;

import java.time.OffsetDateTime;
import java.util.List;
import org.doorstep.app.account.AccessScope;

/**
 * The READ entries of a read of personal data made but not yet recorded ({@link AuditLog#readToRecord}), one for each
 * distinct subject read. The caller records them with what the read led to, in the same commit ({@link
 * AuditLog#queryAndRecord}, or {@link AuditLog#record(PendingRead)} inside its transaction), so that whatever the read
 * decides is never shown or stored unrecorded.
 */
public record PendingRead(
        AccessScope actor, String subjectKind, List<Object> subjectIds, String fields, OffsetDateTime at) {

    public PendingRead {
        subjectIds = List.copyOf(subjectIds);
    }
}
