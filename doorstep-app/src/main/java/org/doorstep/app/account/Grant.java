package org.doorstep.app.account;

/** One {@code user_scope} row of a user. */
record Grant(ScopeKind kind, long targetId) {}
