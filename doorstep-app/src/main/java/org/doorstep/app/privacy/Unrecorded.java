package org.doorstep.app.privacy;

/** What a read of personal data gave, with the entries the caller must still record ({@link PendingRead}). */
public record Unrecorded<T>(T value, PendingRead read) {}
