/**
 * Accounts, roles and scopes: who may sign in, and which places, facilities or households each user may see. Other
 * modules read the current {@link org.doorstep.app.account.AccessScope} and filter with
 * {@link org.doorstep.app.account.ScopeSql}.
 */
@NullMarked
package org.doorstep.app.account;

import org.jspecify.annotations.NullMarked;
