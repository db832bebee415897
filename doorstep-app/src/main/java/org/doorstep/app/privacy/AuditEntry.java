package org.doorstep.app.privacy;

import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One row of the audit log.
 *
 * @param actor the username, or {@code system:<process>} for a system process such as the demo seeder
 * @param actorRole the actor's role, null for a system process
 * @param subjectKind what kind of record was touched, for example {@code resident}
 * @param subjectId the record's id, null where the entry concerns no single record
 * @param fields the fields read or changed; a masked read names them {@code name:masked}
 * @param reason the reason the user gave, where one was required
 * @param detail free text such as a row count
 */
public record AuditEntry(
        long id,
        OffsetDateTime at,
        String actor,
        @Nullable String actorRole,
        AuditAction action,
        String subjectKind,
        @Nullable String subjectId,
        List<String> fields,
        @Nullable String reason,
        @Nullable String detail) {

    public AuditEntry {
        fields = List.copyOf(fields);
    }
}
