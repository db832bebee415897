package org.doorstep.app.privacy;

import java.util.Map;

/**
 * A read of personal data to run and record in one step ({@link AuditLog#readAndRecord}): a select with named
 * parameters, and the column of its select list that holds each row's subject (the resident, the household).
 */
public record AuditedQuery(String select, Map<String, ?> parameters, String subjectIdColumn) {

    public AuditedQuery {
        parameters = Map.copyOf(parameters);
    }
}
