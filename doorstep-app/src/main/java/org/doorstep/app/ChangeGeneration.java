package org.doorstep.app;

import java.util.concurrent.atomic.AtomicLong;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A generation number that every change of some rows moves on, so that copies of those rows ({@link ShortLivedCopies})
 * know they are stale. It moves when the change is made and again when its transaction ends: a request that read the
 * old rows in between cannot keep them.
 */
public class ChangeGeneration {

    private final AtomicLong generation = new AtomicLong();

    public long generation() {
        return generation.get();
    }

    /** Called by every change of the rows, inside its transaction if it has one. */
    public void changed() {
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
