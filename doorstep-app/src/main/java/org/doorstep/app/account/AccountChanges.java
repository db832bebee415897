package org.doorstep.app.account;

import org.doorstep.app.ChangeGeneration;
import org.springframework.stereotype.Component;

/**
 * The generation number that every change of an account, a grant or a token moves on, so that {@link SignedInUsers}
 * knows its copies are stale.
 */
@Component
class AccountChanges extends ChangeGeneration {}
