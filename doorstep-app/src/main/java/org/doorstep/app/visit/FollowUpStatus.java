package org.doorstep.app.visit;

/** A follow-up task's state: open until done or cancelled. */
enum FollowUpStatus {
    OPEN,
    DONE,
    CANCELLED
}
