package org.doorstep.app.account;

/**
 * An account was created or its grants or state changed: published inside the change's transaction, so that a
 * listener's writes (the audit log's entry) commit with the change or not at all.
 *
 * @param created true for a new account, false for a change of an existing one
 * @param detail what changed, such as {@code role=COMMUNITY_WORKER places=[12] facilities=[] households=[]} or
 *     {@code grant PLACE 12}
 */
public record AccountChanged(long userId, String username, boolean created, String detail) {}
