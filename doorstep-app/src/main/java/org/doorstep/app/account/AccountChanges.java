package org.doorstep.app.account;

import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A generation number that every change of an account, a grant or a token moves on, so that {@link SignedInUsers}
 * knows its copies are stale. It moves when the change is made and again when its transaction ends: a request that
 * read the old rows in between cannot keep them.
 */
@Component
class AccountChanges {

    private final AtomicLong generation = new AtomicLong();

    long generation() {
        return generation.get();
    }

    void changed() {
        generation.incrementAndGet();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    generation.incrementAndGet();
                }
            });
        }
    }
}
