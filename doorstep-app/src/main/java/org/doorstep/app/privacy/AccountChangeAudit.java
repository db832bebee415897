package org.doorstep.app.privacy;

import org.doorstep.app.account.AccessScopes;
import org.doorstep.app.account.AccountChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Writes every account's creation and every change of its grants or state to the audit log, in the change's own
 * transaction: who may see whose personal data is as much the oversight's business as who saw it.
 */
@Component
class AccountChangeAudit {

    /** The audit log's subject kind of accounts. */
    static final String SUBJECT = "account";

    private final AuditLog audit;
    private final AccessScopes scopes;

    AccountChangeAudit(AuditLog audit, AccessScopes scopes) {
        this.audit = audit;
        this.scopes = scopes;
    }

    @EventListener
    void on(AccountChanged change) {
        audit.recordChange(
                scopes.signedIn().orElse(null),
                change.created() ? AuditAction.CREATE : AuditAction.UPDATE,
                SUBJECT,
                change.userId(),
                change.username() + ": " + change.detail());
    }
}
