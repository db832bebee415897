package org.doorstep.app.account;

/** An authenticated principal that knows its {@link AccessScope}. */
public interface ScopedPrincipal {

    AccessScope scope();
}
